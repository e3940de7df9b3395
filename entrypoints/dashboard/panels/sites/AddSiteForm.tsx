import { useState } from 'preact/hooks';
import type { SiteProfile } from '@/utils/settings/types';
import { checkOriginPattern } from '@/utils/sites/origin-pattern';
import { emptySelectors } from '@/utils/sites/generic/fields';
import { t } from '@/utils/i18n';
import { newId } from '@/utils/new-id';

/** Name, address pattern and kind of a new site; added disabled (enabling asks for access). */
export function AddSiteForm({ sites, onAdd }: { sites: SiteProfile[]; onAdd(site: SiteProfile): void }) {
  const [name, setName] = useState('');
  const [match, setMatch] = useState('');
  const [adapter, setAdapter] = useState<SiteProfile['adapter']>('discuz');
  const [touched, setTouched] = useState(false);
  const checked = checkOriginPattern(match);
  const duplicate = checked.ok ? sites.find((s) => s.match === checked.pattern) : undefined;
  const error = !checked.ok ? checked.error : duplicate ? t('sitesDuplicate', duplicate.name || duplicate.match) : !name.trim() ? t('sitesNeedName') : null;

  function submit(ev: Event) {
    ev.preventDefault();
    setTouched(true);
    if (error || !checked.ok) return;
    onAdd({ id: newId('site'), name: name.trim(), match: checked.pattern, adapter, selectors: adapter === 'generic' ? emptySelectors() : null, enabled: false });
    setName('');
    setMatch('');
    setTouched(false);
  }

  return (
    <form class="fw-site-add" onSubmit={submit} data-fw-site-add>
      <label class="fw-field">
        <span>{t('sitesName')}</span>
        <input value={name} placeholder="岱山论坛" onInput={(e) => setName(e.currentTarget.value)} data-fw-site-name />
      </label>
      <label class="fw-field">
        <span>{t('sitesMatch')}</span>
        <input value={match} size={34} placeholder="https://bbs.example.cn/*" onInput={(e) => setMatch(e.currentTarget.value)} onBlur={() => setTouched(Boolean(match))} data-fw-site-match />
      </label>
      <label class="fw-field">
        <span>{t('sitesAdapter')}</span>
        <select value={adapter} onChange={(e) => setAdapter(e.currentTarget.value as SiteProfile['adapter'])} data-fw-site-adapter>
          <option value="discuz">{t('sitesAdapterDiscuz')}</option>
          <option value="generic">{t('sitesAdapterGeneric')}</option>
        </select>
      </label>
      <button type="submit" data-fw-site-submit>{t('sitesAdd')}</button>
      {touched && error && <p class="fw-error" data-fw-site-error>{error}</p>}
      {checked.ok && match.trim() !== checked.pattern && <p class="fw-site-hint">{t('sitesWillUse', checked.pattern)}</p>}
    </form>
  );
}
