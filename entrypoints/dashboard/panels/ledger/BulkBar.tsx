import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/types';
import { ledgerDb } from '@/utils/ledger/db';
import { assign, close } from '@/utils/ledger/actions';
import { departmentChoices } from '@/utils/ledger/departments';
import { entriesInChunks } from '@/utils/ledger/ledger-query';
import type { LedgerEntry } from '@/utils/ledger/types';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { t } from '@/utils/i18n';
import { ProgressBar } from '../transfer/ProgressBar';
import { saveLedgerSheet } from '../transfer/save-ledger-sheet';
import { runBulk, type BulkOutcome } from './bulk';
import { withActorName } from '@/utils/settings/identity';
import { errorText } from '@/utils/error-text';

interface Props {
  settings: Settings;
  count: number;
  /** The selected keys, in table order; computed only when an action runs. */
  selected(): string[];
  onBusy(busy: boolean): void;
  onDone(): void;
}

type Job = { label: string; done: number; total: number };

const SHOWN_FAILURES = 5;

async function readEntries(keys: string[], progress: (done: number, total: number) => void): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  for await (const chunk of entriesInChunks(ledgerDb(), keys, { onProgress: progress })) out.push(...chunk);
  return out;
}

/** Actions on the selected rows: 分派, 办结, export as .xlsx or CSV. */
export function BulkBar({ settings, count, selected, onBusy, onDone }: Props) {
  const departments = departmentChoices(settings);
  const [department, setDepartment] = useState(departments[0] ?? '');
  const [job, setJob] = useState<Job | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string; failures: BulkOutcome['failed'] } | null>(null);

  async function run(label: string, work: (progress: (done: number, total: number) => void) => Promise<typeof result>) {
    setResult(null);
    setJob({ label, done: 0, total: count });
    onBusy(true);
    try {
      setResult(await work((done, total) => setJob({ label, done, total })));
    } catch (err) {
      setResult({ ok: false, text: errorText(err), failures: [] });
    } finally {
      setJob(null);
      onBusy(false);
      onDone();
    }
  }

  const ctx = () => ({ now: new Date(), settings: withActorName(settings) });
  const bulk = (label: string, act: (key: string) => Promise<unknown>) =>
    run(label, async (progress) => {
      const outcome = await runBulk(selected(), act, progress);
      await refreshBadge().catch(() => undefined);
      return {
        ok: outcome.failed.length === 0,
        text: t('bulkOutcome', outcome.done, outcome.failed.length),
        failures: outcome.failed,
      };
    });
  const exportAs = (kind: 'xlsx' | 'csv') =>
    run(t('bulkExporting'), async (progress) => {
      const entries = await readEntries(selected(), progress);
      await saveLedgerSheet(kind, entries, settings, progress);
      return { ok: true, text: t('bulkExported', entries.length), failures: [] };
    });

  const idle = job === null && count > 0;
  return (
    <div class="fw-toolbar fw-bulk" data-fw-bulk>
      <span data-fw-selected-count={count}>{t('bulkSelected', count)}</span>
      <select aria-label={t('bulkDepartment')} value={department} onChange={(e) => setDepartment(e.currentTarget.value)}>
        {departments.map((d) => <option key={d} value={d}>{d}</option>)}
      </select>
      <button type="button" data-fw-bulk-action="assign" disabled={!idle || !department} onClick={() => void bulk(t('bulkAssigning'), (key) => assign(ledgerDb(), key, department, ctx()))}>
        {t('bulkAssign')}
      </button>
      <button
        type="button"
        data-fw-bulk-action="close"
        disabled={!idle}
        onClick={() => confirm(t('bulkCloseConfirm', count)) && void bulk(t('bulkClosing'), (key) => close(ledgerDb(), key, ctx()))}
      >
        {t('bulkClose')}
      </button>
      <button type="button" data-fw-bulk-action="export-xlsx" disabled={!idle} onClick={() => void exportAs('xlsx')}>{t('bulkExportXlsx')}</button>
      <button type="button" data-fw-bulk-action="export-csv" disabled={!idle} onClick={() => void exportAs('csv')}>{t('bulkExportCsv')}</button>
      {job && <ProgressBar label={job.label} done={job.done} total={job.total} />}
      {result && (
        <div class={result.ok ? 'fw-ok' : 'fw-error'} role="status">
          {result.text}
          {result.failures.length > 0 && (
            <ul>
              {result.failures.slice(0, SHOWN_FAILURES).map((f) => <li key={f.key}>{f.key}：{f.message}</li>)}
              {result.failures.length > SHOWN_FAILURES && <li>{t('bulkMoreFailures', result.failures.length - SHOWN_FAILURES)}</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
