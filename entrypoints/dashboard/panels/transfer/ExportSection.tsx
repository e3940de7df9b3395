import type { Settings } from '@/utils/settings/types';
import { ledgerDb } from '@/utils/ledger/db';
import { allEntries } from '@/utils/ledger/ledger-query';
import { exportBackup } from '@/utils/transfer/backup';
import { t } from '@/utils/i18n';
import { datedName, saveFile } from './download';
import { saveLedgerSheet } from './save-ledger-sheet';
import { readLedger } from './read-ledger';
import { useJob } from './use-job';
import { JobStatus } from './JobStatus';

/** The whole 台账 as .xlsx or CSV, and the JSON backup of everything. */
export function ExportSection({ settings }: { settings: Settings }) {
  const job = useJob();
  const db = ledgerDb();
  const sheet = (kind: 'xlsx' | 'csv') =>
    job.run(t('transferExporting'), async (progress) => {
      const entries = await allEntries(db, { onProgress: progress });
      await saveLedgerSheet(kind, entries, settings, progress);
      return { ok: true, lines: [t('transferExported', entries.length)] };
    });
  const backup = () =>
    job.run(t('transferExporting'), async (progress) => {
      const { entries, events } = await readLedger(db, progress);
      saveFile(exportBackup({ settings, entries, events }), datedName('论坛舆情助手备份', 'json'));
      return { ok: true, lines: [t('transferBackupSaved', entries.length, events.length)] };
    });
  return (
    <section class="fw-transfer-section">
      <h2>{t('transferExportTitle')}</h2>
      <p class="fw-note">{t('transferExportHelp')}</p>
      <div class="fw-toolbar">
        <button type="button" data-fw-export="xlsx" disabled={job.busy} onClick={() => void sheet('xlsx')}>{t('transferExportXlsx')}</button>
        <button type="button" data-fw-export="csv" disabled={job.busy} onClick={() => void sheet('csv')}>{t('transferExportCsv')}</button>
        <button type="button" data-fw-export="backup" disabled={job.busy} onClick={() => void backup()}>{t('transferExportBackup')}</button>
      </div>
      <JobStatus id="export" progress={job.progress} outcome={job.outcome} />
    </section>
  );
}
