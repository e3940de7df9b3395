// How far an entry's reply draft has come, for the helper panel and the dashboard.
import type { LedgerEntry } from '../ledger/types';
import { t } from '../i18n';
import { formatShanghai } from '../time/shanghai';

export type DraftState = 'none' | 'saved' | 'awaiting' | 'approved';

export function draftState(entry: Pick<LedgerEntry, 'draft'>): DraftState {
  const draft = entry.draft;
  if (!draft) return 'none';
  return draft.approvedAt ? 'approved' : draft.approvalRequestedAt ? 'awaiting' : 'saved';
}

/** e.g. "保存于 2026-11-24 10:05；已由 张科长 于 2026-11-24 10:30 审核通过". */
export function draftSummary(entry: Pick<LedgerEntry, 'draft'>): string {
  const draft = entry.draft;
  if (!draft) return t('draftNone');
  const review = draft.approvedAt
    ? t('draftApprovedBy', draft.approvedBy ?? '', formatShanghai(draft.approvedAt))
    : draft.approvalRequestedAt
      ? t('draftAwaiting', formatShanghai(draft.approvalRequestedAt))
      : t('draftNotSent');
  return `${t('draftSavedAt', formatShanghai(draft.savedAt))}；${review}`;
}
