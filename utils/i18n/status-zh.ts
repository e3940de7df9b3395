import type { Status } from '../ledger/types';

/**
 * The office's Chinese names of the status ids: the zh_CN status messages, and the 状态 column of
 * the exported 台账, which is Chinese whatever the browser's language.
 */
export const STATUS_ZH: Readonly<Record<Status, string>> = {
  new: '新登记',
  assigned: '已分派',
  in_progress: '办理中',
  awaiting_approval: '待审核',
  replied: '已回复',
  follow_up: '跟踪中',
  closed: '已办结',
  escalated: '已上报',
};
