import { firstReplyAt } from '../ledger/reply';
import { AWAITING_REPLY, type LedgerEntry } from '../ledger/types';

/**
 * Whether an entry was answered in time:
 * - `on_time`: replied at or before its due time;
 * - `late`: replied after it, or still waiting for a reply with the due time passed;
 * - `pending`: still waiting, not yet due;
 * - `none`: nothing was due, or it was closed without a reply.
 */
export type OnTimeVerdict = 'on_time' | 'late' | 'pending' | 'none';

export function onTimeVerdict(entry: LedgerEntry, nowMs: number): OnTimeVerdict {
  if (entry.dueAt === null) return 'none';
  const due = Date.parse(entry.dueAt);
  if (entry.reply) return Date.parse(firstReplyAt(entry.reply)) <= due ? 'on_time' : 'late';
  if (!AWAITING_REPLY.includes(entry.status)) return 'none';
  return due < nowMs ? 'late' : 'pending';
}
