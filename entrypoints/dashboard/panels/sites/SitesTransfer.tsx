import type { SiteProfile } from '@/utils/settings/types';
import { exportSiteProfiles, importSiteProfiles } from '@/utils/sites/profile-io';
import { MAX_SITES_CHARS } from '@/utils/transfer/limits';
import { t } from '@/utils/i18n';
import { datedName, saveFile } from '../transfer/download';
import { readFileWithin } from '../transfer/read-file';

export interface TransferOutcome {
  ok: boolean;
  lines: string[];
}

/** Export of the site profiles as a JSON file, and its import (all or nothing). */
export function SitesTransfer({ sites, onImport, onOutcome }: { sites: SiteProfile[]; onImport(sites: SiteProfile[]): Promise<void>; onOutcome(o: TransferOutcome): void }) {
  async function read(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readFileWithin(file, MAX_SITES_CHARS);
    const result = read.ok ? importSiteProfiles(sites, read.data) : read;
    if (!result.ok) return onOutcome({ ok: false, lines: [t('sitesImportFailed', file.name), ...result.errors] });
    await onImport(result.sites);
    onOutcome({ ok: true, lines: [t('sitesImported', result.added, result.replaced)] });
  }
  return (
    <div class="fw-toolbar">
      <button type="button" disabled={!sites.length} onClick={() => saveFile(exportSiteProfiles(sites), datedName('站点配置', 'json'))} data-fw-sites-export>
        {t('sitesExport')}
      </button>
      <label class="fw-file-button">
        {t('sitesImport')}
        <input type="file" accept=".json,application/json" data-fw-sites-import onChange={(e) => void read(e.currentTarget)} />
      </label>
    </div>
  );
}
