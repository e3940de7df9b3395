import type { LedgerStats } from '@/utils/stats/ledger-stats';
import { LEVELS } from '@/utils/ledger/entry-level';
import { levelLabel } from '@/utils/i18n/level';
import { t } from '@/utils/i18n';
import { BarChart } from './BarChart';
import { percentText } from './names';

const COLORS = { urgent: '#d93025', watch: '#f9ab00', normal: '#9aa0a6' } as const;

/** Entries per month by 舆情预警 level, each level's total and its on-time rate. */
export function LevelSection({ stats }: { stats: Pick<LedgerStats, 'byMonthLevel' | 'byLevel' | 'byMonthTopic'> }) {
  const { byMonthLevel, byLevel } = stats;
  const months = stats.byMonthTopic.months;
  const rate = (level: (typeof LEVELS)[number]) => {
    const g = byLevel[level];
    return g && g.onTime + g.late ? g.onTime / (g.onTime + g.late) : null;
  };
  return (
    <section class="fw-stats-section" data-fw-stats="month-level">
      <h2>{t('statsByMonthLevel')}</h2>
      <BarChart
        title={t('statsByMonthLevel')}
        labels={months}
        series={LEVELS.map((level) => ({ label: levelLabel(level), color: COLORS[level], data: months.map((m) => byMonthLevel[m]?.[level] ?? 0) }))}
        stacked
      />
      <table class="fw-table fw-stats-table">
        <thead>
          <tr>
            <th>{t('statsMonth')}</th>
            {LEVELS.map((level) => <th key={level}>{levelLabel(level)}</th>)}
            <th>{t('statsTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m} data-fw-month={m}>
              <td>{m}</td>
              {LEVELS.map((level) => <td key={level}>{byMonthLevel[m]?.[level] ?? 0}</td>)}
              <td>{stats.byMonthTopic.monthTotals[m] ?? 0}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-fw-level-row="total">
            <th>{t('statsTotal')}</th>
            {LEVELS.map((level) => <th key={level}>{byLevel[level]?.captured ?? 0}</th>)}
            <th>{stats.byMonthTopic.total}</th>
          </tr>
          <tr data-fw-level-row="on-time">
            <th>{t('statsOnTimeRate')}</th>
            {LEVELS.map((level) => <th key={level}>{percentText(rate(level))}</th>)}
            <th />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
