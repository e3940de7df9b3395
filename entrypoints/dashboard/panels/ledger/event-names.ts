import type { LedgerEvent } from '@/utils/ledger/types';
import type { MessageKey } from '@/utils/i18n';

/** i18n keys of the event types shown in an entry's history. */
export const EVENT_LABELS: Record<LedgerEvent['type'], MessageKey> = {
  capture: 'eventCapture',
  update: 'eventUpdate',
  status: 'eventStatus',
  assign: 'eventAssign',
  note: 'eventNote',
  fix: 'eventFix',
  reply: 'eventReply',
  followup: 'eventFollowup',
  draft: 'eventDraft',
  approval: 'eventApproval',
  pause: 'eventPause',
  resume: 'eventResume',
};
