// The threads the background watch re-reads: every entry still open, and replied or closed ones
// for some days after the reply (promised fixes are chased, follow-ups noticed).
import type { LedgerDb } from '../ledger/db';
import type { LedgerEntry, Status } from '../ledger/types';
import { OPEN_STATUSES } from '../ledger/types';
import { DAY_MS } from '../time/units';

export interface TrackedThread {
  site: string;
  tid: string;
  /** Where to read the thread when it has not been read yet: one of its entries' addresses. */
  url: string;
}

const AFTER_REPLY: readonly Status[] = ['replied', 'follow_up', 'closed'];

export const threadKeyOf = (site: string, tid: string) => `${site}/t${tid}`;

function stillTracked(entry: LedgerEntry, now: Date, daysAfterReply: number): boolean {
  if (!/^https?:\/\//.test(entry.url) || !entry.tid) return false;
  if (!AFTER_REPLY.includes(entry.status)) return true;
  const replied = entry.reply?.at ? Date.parse(entry.reply.at) : NaN;
  return Number.isFinite(replied) && now.getTime() - replied < daysAfterReply * DAY_MS;
}

/** One tracked thread per thread key, from the given entries. */
export function trackedThreads(entries: LedgerEntry[], now: Date, daysAfterReply: number): TrackedThread[] {
  const threads = new Map<string, TrackedThread>();
  for (const e of entries) {
    const key = threadKeyOf(e.site, e.tid);
    if (!threads.has(key) && stillTracked(e, now, daysAfterReply)) threads.set(key, { site: e.site, tid: e.tid, url: e.url.split('#')[0]! });
  }
  return [...threads.values()];
}

/** Entries that may be tracked, through the status index. */
export function watchCandidates(db: LedgerDb): Promise<LedgerEntry[]> {
  return db.entries.where('status').anyOf([...new Set([...OPEN_STATUSES, ...AFTER_REPLY])]).toArray();
}
