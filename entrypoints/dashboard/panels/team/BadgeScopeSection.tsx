import type { BadgeScope, Settings } from '@/utils/settings/types';
import { t, type MessageKey } from '@/utils/i18n';

const CHOICES: { scope: BadgeScope; label: MessageKey }[] = [
  { scope: 'office', label: 'badgeScopeOffice' },
  { scope: 'department', label: 'badgeScopeDepartment' },
  { scope: 'mine', label: 'badgeScopeMine' },
];

/** What the toolbar badge counts; saved at once (the worker repaints the badge when the settings change). */
export function BadgeScopeSection({ settings, save }: { settings: Settings; save(next: Settings): Promise<void> }) {
  return (
    <fieldset class="fw-badge-scope" data-fw-badge-scope={settings.badgeScope}>
      <legend>{t('badgeScopeTitle')}</legend>
      {CHOICES.map(({ scope, label }) => (
        <label key={scope}>
          <input type="radio" name="badgeScope" value={scope} checked={settings.badgeScope === scope} onChange={() => void save({ ...settings, badgeScope: scope })} />
          {t(label)}
        </label>
      ))}
      <p class="fw-note">{t('badgeScopeHelp')}</p>
    </fieldset>
  );
}
