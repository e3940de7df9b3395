import type { ReceptionCounts, ReceptionStats } from '@/utils/stats/reception';
import { t } from '@/utils/i18n';
import { departmentName, percentText } from './names';
import { EmptyRow } from './EmptyRow';

function Table({ id, groupLabel, rows }: { id: string; groupLabel: string; rows: [string, ReceptionCounts][] }) {
  return (
    <table class="fw-table fw-stats-table" data-fw-reception-table={id}>
      <thead>
        <tr>
          <th>{groupLabel}</th>
          <th>{t('statsReplied')}</th>
          <th>{t('statsPraised')}</th>
          <th>{t('statsPraiseRate')}</th>
          <th>{t('statsPushbacks')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <EmptyRow columns={5} text={t('statsNoneCaptured')} />}
        {rows.map(([name, c]) => (
          <tr key={name}>
            <td>{name}</td>
            <td>{c.replied}</td>
            <td>{c.praised}</td>
            <td>{percentText(c.rate)}</td>
            <td>{c.pushbacks}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 好评率 (entries praised after the reply / replied entries) and 追问 posts, per month and per department. */
export function ReceptionSection({ reception }: { reception: ReceptionStats }) {
  const departments = Object.entries(reception.byDepartment)
    .sort(([a, x], [b, y]) => y.replied - x.replied || Number(a === '') - Number(b === '') || a.localeCompare(b))
    .map(([d, c]): [string, ReceptionCounts] => [departmentName(d), c]);
  return (
    <section class="fw-stats-section" data-fw-stats="reception">
      <h2>{t('statsReception')}</h2>
      <Table id="month" groupLabel={t('statsMonth')} rows={Object.entries(reception.byMonth)} />
      <Table id="department" groupLabel={t('ledgerColDepartment')} rows={departments} />
    </section>
  );
}
