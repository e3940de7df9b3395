import { useLayoutEffect, useState } from 'preact/hooks';
import { ledgerDb } from '@/utils/ledger/db';
import type { LedgerStats } from '@/utils/stats/ledger-stats';
import { dayKey } from '@/utils/time/shanghai';
import { t } from '@/utils/i18n';
import { useSettings } from '@/components/use-settings';
import { userNameText } from '@/components/user-name-text';
import { ProgressBar } from './transfer/ProgressBar';
import { TalliesNotice, useTallies } from './ledger/TalliesNotice';
import { PeriodPicker } from './stats/PeriodPicker';
import { periodOf, periodTitle, type PeriodChoice } from './stats/period-choice';
import { loadStats } from './stats/load-stats';
import { SummarySection } from './stats/SummarySection';
import { MonthTopicSection } from './stats/MonthTopicSection';
import { LevelSection } from './stats/LevelSection';
import { GroupSection } from './stats/GroupSection';
import { RepliesSection } from './stats/RepliesSection';
import { OverdueSection } from './stats/OverdueSection';
import { ReceptionSection } from './stats/ReceptionSection';
import { departmentName } from './stats/names';
import { siteName } from '@/utils/sites/site-name';
import './stats/stats.css';
import { errorText } from '@/utils/error-text';

type State = { kind: 'loading'; done: number; total: number } | { kind: 'ready' } | { kind: 'error'; message: string };

interface Report {
  stats: LedgerStats;
  title: string;
}

/** The office's statistics and printable monthly report (舆情工作月报). */
export function StatsPanel() {
  const { settings } = useSettings();
  const [choice, setChoice] = useState<PeriodChoice>(() => ({ kind: 'thisMonth', fromDay: dayKey(new Date()).slice(0, 8) + '01', toDay: dayKey(new Date()) }));
  const [state, setState] = useState<State>({ kind: 'loading', done: 0, total: 0 });
  // The report shown stays while the next period loads (dimmed): from the tallies that takes a
  // moment, and rebuilding the page around an unchanged overdue list would take longer.
  const [report, setReport] = useState<Report | null>(null);
  const tallies = useTallies();

  // A layout effect starts reading before the browser paints the change of period.
  useLayoutEffect(() => {
    // Read once the tallies are built: they answer at once, where reading every entry would wait behind the build.
    if (tallies.building) return;
    const abort = new AbortController();
    const now = new Date();
    let period;
    try {
      period = periodOf(choice, now);
    } catch (err) {
      setState({ kind: 'error', message: errorText(err) });
      return;
    }
    setState({ kind: 'loading', done: 0, total: 0 });
    loadStats(ledgerDb(), { ...period, now }, { signal: abort.signal, onProgress: (done, total) => setState({ kind: 'loading', done, total }) }).then(
      (stats) => {
        // A period chosen since then is loading: this one's report would show under its choice.
        if (abort.signal.aborted) return;
        setReport({ stats, title: periodTitle(choice, period) });
        setState({ kind: 'ready' });
      },
      (err: unknown) => abort.signal.aborted || setState({ kind: 'error', message: errorText(err) }),
    );
    return () => abort.abort();
  }, [choice.kind, choice.fromDay, choice.toDay, tallies.building]);

  if (!settings) return null;
  return (
    <section class="fw-stats" data-fw-stats-state={state.kind}>
      <h1 class="fw-no-print">{t('navStats')}</h1>
      <TalliesNotice state={tallies} />
      <div class="fw-toolbar fw-no-print">
        <PeriodPicker choice={choice} onChange={setChoice} />
        <button type="button" data-fw-print disabled={state.kind !== 'ready'} onClick={() => print()}>{t('statsPrint')}</button>
      </div>
      {state.kind === 'loading' && (!report || state.total > 0) && <ProgressBar label={t('statsLoading')} done={state.done} total={state.total} />}
      {state.kind === 'error' && <p class="fw-error" role="alert">{state.message}</p>}
      {report && state.kind !== 'error' && (
        <article class="fw-report" aria-busy={state.kind === 'loading'}>
          <h1 class="fw-report-title">{t('statsReportTitle', settings.user.department, report.title)}</h1>
          <p class="fw-note">{t('statsReportMade', dayKey(new Date()), userNameText(settings.user))}</p>
          <SummarySection stats={report.stats} />
          <MonthTopicSection counts={report.stats.byMonthTopic} settings={settings} />
          <LevelSection stats={report.stats} />
          <GroupSection id="site" title={t('statsBySite')} groupLabel={t('ledgerColSite')} groups={report.stats.bySite} replies={report.stats.replies.bySite} nameOf={(site) => siteName(settings.sites, site)} />
          <GroupSection id="department" title={t('statsByDepartment')} groupLabel={t('ledgerColDepartment')} groups={report.stats.byDepartment} nameOf={departmentName} />
          <ReceptionSection reception={report.stats.reception} />
          <RepliesSection replies={report.stats.replies} />
          <OverdueSection items={report.stats.overdue} total={report.stats.overdueTotal} />
        </article>
      )}
    </section>
  );
}
