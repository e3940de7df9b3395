// An entry's status as its (possibly merged) history leads to it.
import type { LedgerEvent, Status } from './types';
import { canTransition } from './workflow';

/** How far along the workflow a status is; a merge never moves an entry back down this scale. */
export const PROGRESS: Record<Status, number> = {
  new: 0,
  assigned: 1,
  in_progress: 2,
  awaiting_approval: 3,
  escalated: 3,
  replied: 4,
  follow_up: 5,
  closed: 6,
};

/**
 * Replays the status changes (events with from and to), in causal order, from 新登记. A change
 * made from the status reached so far applies when the workflow allows it. A change from another
 * status was made on a concurrent branch (another PC): it applies only when the workflow allows it
 * from here and it moves the entry forward; otherwise it stays in the history and moves nothing.
 */
export function replayStatus(ordered: readonly LedgerEvent[]): Status {
  let status: Status = 'new';
  for (const { from, to } of ordered) {
    if (!from || !to || !canTransition(status, to)) continue;
    if (from === status || PROGRESS[to] > PROGRESS[status]) status = to;
  }
  return status;
}
