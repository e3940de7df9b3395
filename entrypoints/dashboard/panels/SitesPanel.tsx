import { useState } from 'preact/hooks';
import type { SiteProfile } from '@/utils/settings/types';
import type { Selectors } from '@/utils/sites/generic/fields';
import { useSettings } from '@/components/use-settings';
import { t } from '@/utils/i18n';
import { AddSiteForm } from './sites/AddSiteForm';
import { GenericEditor } from './sites/GenericEditor';
import { releaseOrigin, requestOrigin, useGrantedOrigins } from './sites/permissions';
import { SiteRow } from './sites/SiteRow';
import { SitesTransfer, type TransferOutcome } from './sites/SitesTransfer';
import { AutomationHooksToggle } from './sites/AutomationHooksToggle';
import './sites/sites.css';
import { errorText } from '@/utils/error-text';
import { OfficePublishedNote } from '@/components/OfficePublishedNote';

/**
 * The sites the extension works on. Enabling asks the browser for access to
 * that one origin; the background then registers the content script there
 * (and unregisters it when the site is disabled or removed).
 */
export function SitesPanel() {
  const { settings, save, status } = useSettings();
  // `#sites/<id>` (from the popup or the first-run page) opens that site's selector editor.
  const [editing, setEditing] = useState<string | null>(() => location.hash.split('/')[1] ?? null);
  const [outcome, setOutcome] = useState<TransferOutcome | null>(null);
  const sites = settings?.sites ?? [];
  const granted = useGrantedOrigins(sites);
  if (!settings) return null;

  const saveSites = (next: SiteProfile[]) => save({ ...settings, sites: next });
  const update = (id: string, change: Partial<SiteProfile>) => saveSites(sites.map((s) => (s.id === id ? { ...s, ...change } : s)));

  async function enable(site: SiteProfile) {
    let allowed = false;
    try {
      allowed = await requestOrigin(site.match);
    } catch (err) {
      return setOutcome({ ok: false, lines: [t('sitesPermissionError', errorText(err))] });
    }
    if (!allowed) return setOutcome({ ok: false, lines: [t('sitesPermissionRefused', site.name)] });
    setOutcome({ ok: true, lines: [t('sitesEnabled', site.name)] });
    await update(site.id, { enabled: true });
  }

  async function disable(site: SiteProfile) {
    await update(site.id, { enabled: false });
    if (!sites.some((s) => s.id !== site.id && s.enabled && s.match === site.match)) await releaseOrigin(site.match);
    setOutcome({ ok: true, lines: [t('sitesDisabled', site.name)] });
  }

  async function remove(site: SiteProfile) {
    if (!confirm(t('sitesRemoveConfirm', site.name))) return;
    if (editing === site.id) setEditing(null);
    await saveSites(sites.filter((s) => s.id !== site.id));
    if (!sites.some((s) => s.id !== site.id && s.enabled && s.match === site.match)) await releaseOrigin(site.match);
  }

  const editedSite = sites.find((s) => s.id === editing && s.adapter === 'generic');
  return (
    <section>
      <h1>{t('navSites')}</h1>
      <OfficePublishedNote />
      <p>{t('sitesHelp')}</p>
      <AddSiteForm
        sites={sites}
        onAdd={(site) => {
          void saveSites([...sites, site]);
          if (site.adapter === 'generic') setEditing(site.id);
        }}
      />
      <table class="fw-table fw-form-table" data-fw-sites>
        <thead>
          <tr><th>{t('sitesName')}</th><th>{t('sitesMatch')}</th><th>{t('sitesAdapter')}</th><th>{t('sitesState')}</th><th /></tr>
        </thead>
        <tbody>
          {sites.length === 0 && (
            <tr><td colSpan={5}>{t('sitesEmpty')}</td></tr>
          )}
          {sites.map((site) => (
            <SiteRow
              key={site.id}
              site={site}
              granted={granted.has(site.match)}
              editing={editing === site.id}
              onEnable={() => void enable(site)}
              onDisable={() => void disable(site)}
              onEdit={() => setEditing(editing === site.id ? null : site.id)}
              onRemove={() => void remove(site)}
            />
          ))}
        </tbody>
      </table>
      <SitesTransfer sites={sites} onImport={saveSites} onOutcome={setOutcome} />
      <AutomationHooksToggle />
      {status && !status.ok && <p class="fw-error">{status.message}</p>}
      {outcome && (
        <ul class={`fw-site-messages ${outcome.ok ? 'fw-ok' : 'fw-error'}`} data-fw-sites-message>
          {outcome.lines.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
      {editedSite && (
        <GenericEditor key={editedSite.id} site={editedSite} onSave={(selectors: Selectors) => update(editedSite.id, { selectors })} />
      )}
    </section>
  );
}
