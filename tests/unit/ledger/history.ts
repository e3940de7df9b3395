import type { LedgerEvent } from '@/utils/ledger/types';

/** `HH:MM` on 2 March 2026, or a full ISO time as it is. */
export const at = (time: string) => (time.length === 5 ? `2026-03-02T${time}:00+08:00` : time);

/** The merge's "now": the day after the events. */
export const NOW = new Date('2026-03-03T12:00:00+08:00');

/**
 * One event of an entry's history as a PC recorded it. The uid names key, seq, type and time, so the
 * same call on both sides is the same event; `device` tells the PCs' own events apart.
 */
export function event(key: string, seq: number, time: string, type: LedgerEvent['type'], extra: Partial<LedgerEvent> = {}): LedgerEvent {
  return { key, uid: `${key}#${seq}/${type}@${time}`, seq, device: 'pc-ours', at: at(time), actor: '值班员', type, ...extra };
}
