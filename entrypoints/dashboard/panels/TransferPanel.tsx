import { t } from '@/utils/i18n';
import { useSettings } from '@/components/use-settings';
import { ExportSection } from './transfer/ExportSection';
import { RestoreSection } from './transfer/RestoreSection';
import { MergeSection } from './transfer/MergeSection';
import { SettingsSection } from './transfer/SettingsSection';
import { StorageSection } from './transfer/StorageSection';
import './transfer/transfer.css';

/** 导入导出: spreadsheets, the full backup and its restore, merging a colleague's ledger, settings, storage. */
export function TransferPanel() {
  const { settings } = useSettings();
  if (!settings) return null;
  return (
    <section class="fw-transfer">
      <h1>{t('navTransfer')}</h1>
      <ExportSection settings={settings} />
      <RestoreSection />
      <MergeSection />
      <SettingsSection settings={settings} />
      <StorageSection />
    </section>
  );
}
