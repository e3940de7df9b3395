import type { Settings } from '@/utils/settings/types';
import type { MonthTopicCounts } from '@/utils/stats/collectors';
import { t } from '@/utils/i18n';
import { BarChart } from './BarChart';
import { topicLook } from './names';

/** Posts per month by topic: stacked bars and the table with totals. */
export function MonthTopicSection({ counts, settings }: { counts: MonthTopicCounts; settings: Settings }) {
  const look = topicLook(settings);
  const topics = counts.topics.map((id, i) => ({ id, ...look(id, i) }));
  return (
    <section class="fw-stats-section" data-fw-stats="month-topic">
      <h2>{t('statsByMonthTopic')}</h2>
      <BarChart
        title={t('statsByMonthTopic')}
        labels={counts.months}
        series={topics.map((topic) => ({ label: topic.name, color: topic.color, data: counts.months.map((m) => counts.counts[m]?.[topic.id] ?? 0) }))}
        stacked
      />
      <table class="fw-table fw-stats-table">
        <thead>
          <tr>
            <th>{t('statsMonth')}</th>
            {topics.map((topic) => <th key={topic.id}>{topic.name}</th>)}
            <th>{t('statsTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.months.map((m) => (
            <tr key={m} data-fw-month={m}>
              <td>{m}</td>
              {topics.map((topic) => <td key={topic.id}>{counts.counts[m]?.[topic.id] ?? 0}</td>)}
              <td>{counts.monthTotals[m] ?? 0}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('statsTotal')}</th>
            {topics.map((topic) => <th key={topic.id}>{counts.topicTotals[topic.id] ?? 0}</th>)}
            <th>{counts.total}</th>
          </tr>
        </tfoot>
      </table>
      <p class="fw-note">{t('statsMultiTopicNote')}</p>
    </section>
  );
}
