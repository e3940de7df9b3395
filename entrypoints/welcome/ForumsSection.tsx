import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings, SiteProfile } from '@/utils/settings/types';
import { saveSettings } from '@/utils/settings/store';
import { originPatternOf, withSiteProfile } from '@/utils/sites/enable-site';
import { patternHost } from '@/utils/sites/origin-pattern';
import { t } from '@/utils/i18n';
import { detectForumKind } from './detect-forum';
import { errorText } from '@/utils/error-text';

type Outcome = { ok: boolean; text: string; site?: SiteProfile };

const editorUrl = (site: SiteProfile) => browser.runtime.getURL(`/dashboard.html#sites/${site.id}`);

/** 我们巡查哪些论坛: a forum is added by its address; the page is fetched to see whether it is Discuz! X. */
export function ForumsSection({ settings }: { settings: Settings }) {
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function add() {
    const checked = originPatternOf(address);
    if (!address.trim() || !checked.ok) return setOutcome({ ok: false, text: checked.ok ? t('welcomeForumNeedAddress') : checked.error });
    const host = patternHost(checked.pattern);
    // The prompt needs the click's user gesture: nothing may be awaited before it.
    const granted = browser.permissions.request({ origins: [checked.pattern] });
    setBusy(true);
    try {
      if (!(await granted)) return setOutcome({ ok: false, text: t('enableSiteRefused', host) });
      const kind = await detectForumKind(address);
      const { sites, site } = withSiteProfile(settings.sites, checked.pattern, kind, host);
      await saveSettings({ ...settings, sites });
      setAddress('');
      setOutcome({ ok: true, text: kind === 'discuz' ? t('welcomeForumAdded', host) : t('enableSiteNotDiscuz', host), site });
    } catch (err) {
      setOutcome({ ok: false, text: t('welcomeForumUnreachable', host, errorText(err)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section data-fw-welcome-section="forums">
      <h2>{t('welcomeForumsTitle')}</h2>
      <p class="fw-note">{t('welcomeForumsHelp')}</p>
      <div class="fw-row">
        <input value={address} size={40} placeholder="https://bbs.example.cn/" aria-label={t('welcomeForumAddress')} onInput={(e) => setAddress(e.currentTarget.value)} data-fw-forum-address />
        <button type="button" disabled={busy} onClick={() => void add()} data-fw-action="add-forum">
          {t('welcomeForumAdd')}
        </button>
      </div>
      {outcome && (
        <p class={outcome.ok ? 'fw-ok' : 'fw-error'} data-fw-forum-outcome>
          {outcome.text}{' '}
          {outcome.site?.adapter === 'generic' && <a href={editorUrl(outcome.site)} target="_blank" rel="noopener">{t('enableSiteGeneric')}</a>}
        </p>
      )}
      {settings.sites.length > 0 && (
        <ul>
          {settings.sites.map((s) => (
            <li key={s.id} data-fw-forum={s.adapter} data-fw-forum-state={s.enabled ? 'on' : 'off'}>
              {s.name} · {s.match} · {t(s.adapter === 'discuz' ? 'sitesAdapterDiscuz' : 'sitesAdapterGeneric')} · {t(s.enabled ? 'sitesStateOn' : 'sitesStateOff')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
