import { ledgerDb } from '@/utils/ledger/db';
import { mergeIntoLedger } from '@/utils/ledger/apply-import';
import { parseBackup } from '@/utils/transfer/backup';
import { MAX_BACKUP_CHARS } from '@/utils/transfer/limits';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { t } from '@/utils/i18n';
import { useJob } from './use-job';
import { JobStatus } from './JobStatus';
import { FilePicker } from './FilePicker';
import { readFileWithin } from './read-file';

/** 合并同事的台账: their backup file's entries and events are merged into ours; our settings stay. */
export function MergeSection() {
  const job = useJob();
  const merge = (file: File) =>
    job.run(t('transferReading', file.name), async (progress) => {
      const read = await readFileWithin(file, MAX_BACKUP_CHARS);
      const parsed = read.ok ? parseBackup(read.data) : read;
      if (!parsed.ok) return { ok: false, lines: [t('transferInvalid', file.name), ...parsed.errors] };
      const summary = await mergeIntoLedger(ledgerDb(), parsed.data, progress);
      await refreshBadge().catch(() => undefined);
      return { ok: true, lines: [t('transferMerged', summary.added, summary.updated, summary.unchanged, summary.events_added)] };
    });
  return (
    <section class="fw-transfer-section">
      <h2>{t('transferMergeTitle')}</h2>
      <p class="fw-note">{t('transferMergeHelp')}</p>
      <FilePicker label={t('transferChooseColleague')} disabled={job.busy} hook={{ 'data-fw-merge': '' }} onFile={(f) => void merge(f)} />
      <JobStatus id="merge" progress={job.progress} outcome={job.outcome} />
    </section>
  );
}
