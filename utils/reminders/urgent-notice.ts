// The office is told at once of a 紧急 capture (settings.warning.notifyUrgent).
import type { LedgerEntry } from '../ledger/types';
import { t } from '../i18n';
import { formatShanghai } from '../time/shanghai';

/** The captured entries that this capture made 紧急: new ones, and ones that were not 紧急 before. */
export function newlyUrgent(before: readonly (Pick<LedgerEntry, 'level'> | undefined)[], after: readonly LedgerEntry[]): LedgerEntry[] {
  return after.filter((entry, i) => entry.level === 'urgent' && before[i]?.level !== 'urgent');
}

export function urgentNoticeText(entry: Pick<LedgerEntry, 'title' | 'dueAt'>): { title: string; message: string } {
  return { title: t('urgentNoticeTitle'), message: t('urgentNoticeMessage', entry.title, entry.dueAt ? formatShanghai(entry.dueAt) : '—') };
}
