// The workflow's transition table: pure, so forum pages and extension pages can ask it without the database.
import type { Status } from './types';

/** Which status may follow which. Anything else is refused. */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ['assigned', 'in_progress', 'escalated', 'replied', 'closed'],
  assigned: ['in_progress', 'awaiting_approval', 'escalated', 'replied', 'closed'],
  in_progress: ['awaiting_approval', 'escalated', 'replied', 'closed'],
  awaiting_approval: ['in_progress', 'escalated', 'replied'],
  escalated: ['assigned', 'in_progress', 'awaiting_approval', 'replied'],
  replied: ['follow_up', 'in_progress', 'closed'],
  follow_up: ['in_progress', 'closed'],
  closed: ['follow_up'],
};

export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}
