import type { SiteProfile } from '@/utils/settings/types';
import { t } from '@/utils/i18n';

export interface SiteRowProps {
  site: SiteProfile;
  granted: boolean;
  editing: boolean;
  onEnable(): void;
  onDisable(): void;
  onEdit(): void;
  onRemove(): void;
}

function stateOf(site: SiteProfile, granted: boolean): { id: string; label: string } {
  if (!site.enabled) return { id: 'off', label: t('sitesStateOff') };
  return granted ? { id: 'on', label: t('sitesStateOn') } : { id: 'no-access', label: t('sitesStateNoAccess') };
}

export function SiteRow({ site, granted, editing, onEnable, onDisable, onEdit, onRemove }: SiteRowProps) {
  const state = stateOf(site, granted);
  return (
    <tr data-fw-site={site.id} data-fw-site-state={state.id}>
      <td>{site.name}</td>
      <td><code>{site.match}</code></td>
      <td>{site.adapter === 'generic' ? t('sitesAdapterGeneric') : t('sitesAdapterDiscuz')}</td>
      <td class={`fw-site-state fw-site-${state.id}`}>{state.label}</td>
      <td class="fw-site-actions">
        {state.id === 'on' ? (
          <button type="button" onClick={onDisable} data-fw-site-toggle>{t('sitesDisable')}</button>
        ) : (
          <button type="button" onClick={onEnable} data-fw-site-toggle>{state.id === 'no-access' ? t('sitesRegrant') : t('sitesEnable')}</button>
        )}
        {site.adapter === 'generic' && (
          <button type="button" onClick={onEdit} aria-pressed={editing} data-fw-site-edit>{t('sitesEditSelectors')}</button>
        )}
        <button type="button" onClick={onRemove}>{t('remove')}</button>
      </td>
    </tr>
  );
}
