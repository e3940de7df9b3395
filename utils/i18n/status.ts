import { t, type MessageKey } from './index';
import type { Status } from '../ledger/types';

const KEYS: Record<Status, MessageKey> = {
  new: 'statusNew',
  assigned: 'statusAssigned',
  in_progress: 'statusInProgress',
  awaiting_approval: 'statusAwaitingApproval',
  replied: 'statusReplied',
  follow_up: 'statusFollowUp',
  closed: 'statusClosed',
  escalated: 'statusEscalated',
};

export function statusLabel(status: Status): string {
  return t(KEYS[status]);
}
