import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { dismissSettingsRepair, settingsRepairNotice, type SettingsRepairNotice } from '@/utils/settings/repair-notice';
import { formatShanghai } from '@/utils/time/shanghai';

/** Says which stored settings were damaged and put back to their defaults, until dismissed. */
export function SettingsRepairBanner() {
  const [notice, setNotice] = useState<SettingsRepairNotice | null>(null);
  useEffect(() => void settingsRepairNotice().then(setNotice), []);
  if (!notice) return null;
  const dismiss = () => void dismissSettingsRepair().then(() => setNotice(null));
  return (
    <div class="fw-preview" role="alert" data-fw-settings-repair>
      <p class="fw-error">{t('settingsRepaired', formatShanghai(notice.at))}</p>
      <ul>{notice.problems.map((p) => <li key={p}>{p}</li>)}</ul>
      <button type="button" onClick={dismiss}>{t('close')}</button>
    </div>
  );
}
