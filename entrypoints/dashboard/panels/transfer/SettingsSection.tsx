import type { Settings } from '@/utils/settings/types';
import { exportSettings, parseSettingsFile } from '@/utils/transfer/backup';
import { saveSettings } from '@/utils/settings/store';
import { MAX_SETTINGS_CHARS } from '@/utils/transfer/limits';
import { t } from '@/utils/i18n';
import { datedName, saveFile } from './download';
import { useJob } from './use-job';
import { JobStatus } from './JobStatus';
import { FilePicker } from './FilePicker';
import { readFileWithin } from './read-file';

/** Settings only (topics, staff, templates, calendar…): export, and import through `input[data-fw-import]`. */
export function SettingsSection({ settings }: { settings: Settings }) {
  const job = useJob();
  const load = (file: File) =>
    job.run(t('transferReading', file.name), async () => {
      const read = await readFileWithin(file, MAX_SETTINGS_CHARS);
      const parsed = read.ok ? parseSettingsFile(read.data) : read;
      if (!parsed.ok) return { ok: false, lines: [t('transferInvalid', file.name), ...parsed.errors] };
      await saveSettings(parsed.data.settings);
      return { ok: true, lines: [t('transferSettingsImported', file.name)] };
    });
  return (
    <section class="fw-transfer-section">
      <h2>{t('transferSettingsTitle')}</h2>
      <p class="fw-note">{t('transferSettingsHelp')}</p>
      <div class="fw-toolbar">
        <button type="button" data-fw-export="settings" disabled={job.busy} onClick={() => saveFile(exportSettings(settings), datedName('论坛舆情助手设置', 'json'))}>
          {t('transferExportSettings')}
        </button>
        <FilePicker label={t('transferImportSettings')} disabled={job.busy} hook={{ 'data-fw-import': '' }} onFile={(f) => void load(f)} />
      </div>
      <JobStatus id="settings" progress={job.progress} outcome={job.outcome} />
    </section>
  );
}
