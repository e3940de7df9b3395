// The office is told at once of a 紧急 capture (settings.warning.notifyUrgent).
import type { LedgerEntry } from '../ledger/types';
import { t } from '../i18n';
import { formatShanghai } from '../time/shanghai';

export function urgentNoticeText(entry: Pick<LedgerEntry, 'title' | 'dueAt'>): { title: string; message: string } {
  return { title: t('urgentNoticeTitle'), message: t('urgentNoticeMessage', entry.title, entry.dueAt ? formatShanghai(entry.dueAt) : '—') };
}
