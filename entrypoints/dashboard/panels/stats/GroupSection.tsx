import type { GroupCounts } from '@/utils/stats/collectors';
import { t } from '@/utils/i18n';
import { BarChart } from './BarChart';
import { EmptyRow } from './EmptyRow';

interface Props {
  id: string;
  title: string;
  groupLabel: string;
  groups: Record<string, GroupCounts>;
  /** Replies made in the period per group, when known (sites). */
  replies?: Record<string, number>;
  nameOf?: (key: string) => string;
}

/** Captured / replied / on time / late per site or department: bars and the table. */
export function GroupSection({ id, title, groupLabel, groups, replies, nameOf = (k) => k }: Props) {
  // Most captured first; the empty group (e.g. 未分派) last among equals.
  const keys = [...new Set([...Object.keys(groups), ...Object.keys(replies ?? {})])].sort(
    (a, b) => (groups[b]?.captured ?? 0) - (groups[a]?.captured ?? 0) || Number(a === '') - Number(b === '') || a.localeCompare(b),
  );
  const names = keys.map(nameOf);
  const col = (pick: (g: GroupCounts) => number) => keys.map((k) => (groups[k] ? pick(groups[k]) : 0));
  return (
    <section class="fw-stats-section" data-fw-stats={id}>
      <h2>{title}</h2>
      {keys.length > 0 && (
        <BarChart
          title={title}
          labels={names}
          series={[
            { label: t('statsCaptured'), color: '#1a73e8', data: col((g) => g.captured) },
            { label: t('statsReplied'), color: '#188038', data: col((g) => g.replied) },
          ]}
        />
      )}
      <table class="fw-table fw-stats-table">
        <thead>
          <tr>
            <th>{groupLabel}</th>
            <th>{t('statsCaptured')}</th>
            <th>{t('statsReplied')}</th>
            <th>{t('statsOnTime')}</th>
            <th>{t('statsLate')}</th>
            {replies && <th>{t('statsRepliesInPeriod')}</th>}
          </tr>
        </thead>
        <tbody>
          {keys.length === 0 && <EmptyRow columns={replies ? 6 : 5} text={t('statsNoneCaptured')} />}
          {keys.map((k, i) => (
            <tr key={k}>
              <td>{names[i]}</td>
              <td>{groups[k]?.captured ?? 0}</td>
              <td>{groups[k]?.replied ?? 0}</td>
              <td>{groups[k]?.onTime ?? 0}</td>
              <td>{groups[k]?.late ?? 0}</td>
              {replies && <td>{replies[k] ?? 0}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
