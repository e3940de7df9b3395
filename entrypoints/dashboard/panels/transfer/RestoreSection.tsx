import { useState } from 'preact/hooks';
import { ledgerDb } from '@/utils/ledger/db';
import { restoreLedger } from '@/utils/ledger/apply-import';
import { parseBackup, type Backup } from '@/utils/transfer/backup';
import { MAX_BACKUP_CHARS } from '@/utils/transfer/limits';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { formatShanghai } from '@/utils/time/shanghai';
import { t } from '@/utils/i18n';
import { useJob } from './use-job';
import { JobStatus } from './JobStatus';
import { FilePicker } from './FilePicker';
import { readFileWithin } from './read-file';

/**
 * 恢复备份: the file is validated completely first; only a valid file can be
 * restored, after confirmation, in one transaction (a failure changes nothing).
 */
export function RestoreSection() {
  const job = useJob();
  const [pending, setPending] = useState<{ name: string; backup: Backup } | null>(null);

  const check = (file: File) =>
    job.run(t('transferReading', file.name), async () => {
      setPending(null);
      const read = await readFileWithin(file, MAX_BACKUP_CHARS);
      const parsed = read.ok ? parseBackup(read.data) : read;
      if (!parsed.ok) return { ok: false, lines: [t('transferInvalid', file.name), ...parsed.errors] };
      setPending({ name: file.name, backup: parsed.data });
      return { ok: true, lines: [t('transferValid', file.name)] };
    });

  const restore = (backup: Backup) =>
    job.run(t('transferRestoring'), async (progress) => {
      setPending(null);
      // Settings first, then the ledger in one transaction; if that fails, the old settings go back.
      const previous = await loadSettings();
      await saveSettings(backup.settings);
      let counts;
      try {
        counts = await restoreLedger(ledgerDb(), backup, progress);
      } catch (err) {
        await saveSettings(previous);
        throw err;
      }
      await refreshBadge().catch(() => undefined);
      return { ok: true, lines: [t('transferRestored', counts.entries, counts.events)] };
    });

  return (
    <section class="fw-transfer-section">
      <h2>{t('transferRestoreTitle')}</h2>
      <p class="fw-note">{t('transferRestoreHelp')}</p>
      <FilePicker label={t('transferChooseBackup')} disabled={job.busy} hook={{ 'data-fw-restore': '' }} onFile={(f) => void check(f)} />
      <JobStatus id="restore" progress={job.progress} outcome={job.outcome} />
      {pending && (
        <div class="fw-confirm" data-fw-restore-pending={pending.name}>
          <p>
            {t('transferRestoreSummary', formatShanghai(pending.backup.exportedAt), pending.backup.entries.length, pending.backup.events.length)}
          </p>
          <button type="button" data-fw-confirm-restore onClick={() => void restore(pending.backup)}>{t('transferRestoreConfirm')}</button>
          <button type="button" onClick={() => setPending(null)}>{t('actCancel')}</button>
        </div>
      )}
    </section>
  );
}
