import { firstReplyAt } from '../ledger/reply';
import { AWAITING_REPLY, type LedgerEntry } from '../ledger/types';

/**
 * Whether an entry was answered in time:
 * - `on_time`: replied at or before its due time;
 * - `late`: replied after it, or still waiting for a reply with the due time passed;
 * - `pending`: still waiting, not yet due;
 * - `before_capture`: the staff reply was already there when the post was captured (found on capture):
 *   nobody answered against the clock, so it is neither on time nor late;
 * - `none`: nothing was due, or it was closed without a reply.
 */
export type OnTimeVerdict = 'on_time' | 'late' | 'pending' | 'before_capture' | 'none';

export function onTimeVerdict(entry: LedgerEntry, nowMs: number): OnTimeVerdict {
  if (entry.dueAt === null) return 'none';
  const due = Date.parse(entry.dueAt);
  if (entry.reply) {
    const replied = Date.parse(firstReplyAt(entry.reply));
    if (replied < Date.parse(entry.capturedAt)) return 'before_capture';
    return replied <= due ? 'on_time' : 'late';
  }
  if (!AWAITING_REPLY.includes(entry.status)) return 'none';
  return due < nowMs ? 'late' : 'pending';
}
