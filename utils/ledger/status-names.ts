import type { Status } from './types';

/** Chinese names of the status ids, as the office uses them. */
export const STATUS_NAMES: Readonly<Record<Status, string>> = {
  new: '新登记',
  assigned: '已分派',
  in_progress: '办理中',
  awaiting_approval: '待审核',
  replied: '已回复',
  follow_up: '跟踪中',
  closed: '已办结',
  escalated: '已上报',
};
