// Whether a pulled change is a 紧急 post someone on another PC has just captured: the office is
// told at once, as the capturing PC's own user was.
import type { EntryVersion } from '../ledger/merge-entry';

/** The office's role on the team server. */
export const OFFICE_ROLE = 'fw-office';

/** True when the entry is 紧急 and the pulled history adds its capture, made on another device. */
export function urgentCaptureFromOthers(merged: EntryVersion, knownUids: ReadonlySet<string>, device: string): boolean {
  return merged.entry.level === 'urgent' && merged.events.some((e) => e.type === 'capture' && !knownUids.has(e.uid) && e.device !== device);
}
