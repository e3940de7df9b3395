import type { OverdueItem } from '@/utils/stats/collectors';
import { statusLabel } from '@/utils/i18n/status';
import { t } from '@/utils/i18n';
import { formatShanghai } from '@/utils/time/shanghai';
import { departmentName, hoursText } from './names';
import { EmptyRow } from './EmptyRow';
import { OVERDUE_SHOWN } from '@/utils/stats/tallied-stats';

/** Entries still waiting for a reply past their due time, most overdue first. */
export function OverdueSection({ items, total }: { items: OverdueItem[]; total: number }) {
  return (
    <section class="fw-stats-section" data-fw-stats="overdue">
      <h2>{t('statsOverdueList', total)}</h2>
      <table class="fw-table fw-stats-table">
        <thead>
          <tr>
            <th>{t('colTitle')}</th>
            <th>{t('ledgerColDepartment')}</th>
            <th>{t('colStatus')}</th>
            <th>{t('colDue')}</th>
            <th>{t('statsOverdueBy')}</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && <EmptyRow columns={5} text={t('statsNoOverdue')} />}
          {items.slice(0, OVERDUE_SHOWN).map(({ entry, overdueHours }) => (
            <tr key={entry.key} data-fw-overdue={entry.key}>
              <td class="fw-wrap">{entry.title}</td>
              <td>{departmentName(entry.department ?? '')}</td>
              <td>{statusLabel(entry.status)}</td>
              <td>{entry.dueAt ? formatShanghai(entry.dueAt) : ''}</td>
              <td>{hoursText(overdueHours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > OVERDUE_SHOWN && <p class="fw-note">{t('statsOverdueMore', total - OVERDUE_SHOWN)}</p>}
    </section>
  );
}
