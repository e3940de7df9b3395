import type { LedgerStats } from '@/utils/stats/ledger-stats';
import { t } from '@/utils/i18n';
import { hoursText, percentText } from './names';

/** The headline numbers of the report. */
export function SummarySection({ stats }: { stats: LedgerStats }) {
  const { onTime, responseTime, replies } = stats;
  const rows: [string, string, string][] = [
    // The rows up to the on-time rate are all about the posts collected in the period; replies made in it come after.
    ['captured', t('statsCapturedTotal'), String(stats.byMonthTopic.total)],
    ['replied', t('statsRepliedCaptured'), String(onTime.replied)],
    ['median', t('statsMedian'), hoursText(responseTime.medianHours)],
    ['p90', t('statsP90'), hoursText(responseTime.p90Hours)],
    ['on-time', t('statsOnTimeRate'), `${percentText(onTime.rate)}（${t('statsOnTimeDetail', onTime.onTime, onTime.late, onTime.lateUnreplied, onTime.pending)}）`],
    ['praise-rate', t('statsPraiseRateSummary'), `${percentText(stats.reception.total.rate)}（${stats.reception.total.praised} / ${stats.reception.total.replied}）`],
    ['pushbacks', t('statsPushbacks'), String(stats.reception.total.pushbacks)],
    ['replies', t('statsRepliesMade'), t('statsRepliesDetail', replies.total, replies.detected)],
    ['overdue', t('statsOverdueNow'), String(stats.overdueTotal)],
  ];
  return (
    <section class="fw-stats-section" data-fw-stats="summary">
      <table class="fw-table fw-stats-summary">
        <tbody>
          {rows.map(([id, label, value]) => (
            <tr key={id} data-fw-stat={id}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="fw-note">
        {t('statsResponseNote', responseTime.count)}
        {t('statsBeforeCaptureNote', onTime.beforeCapture)}
      </p>
    </section>
  );
}
