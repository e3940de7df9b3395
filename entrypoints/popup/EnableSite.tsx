import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/settings/types';
import { saveSettings } from '@/utils/settings/store';
import { DISCUZ_MARKERS, hasDiscuzMarkers } from '@/utils/sites/discuz/detect';
import { originPatternOf, pageSiteActive, withSiteProfile } from '@/utils/sites/enable-site';
import { openInTab } from '@/components/open-tab';
import { t } from '@/utils/i18n';
import { targetTab, type TargetTab } from './target-tab';
import { errorText } from '@/utils/error-text';

// The built content script (entrypoints/forum.content); it keeps a second injection out by itself.
const CONTENT_JS = '/content-scripts/forum.js';

type State = { kind: 'idle' | 'busy' | 'enabled' | 'not-discuz' } | { kind: 'error'; text: string };

/** 在此网站启用: on a page of a site not yet enabled, asks for that one site and starts working on the open tab. */
export function EnableSite({ settings }: { settings: Settings }) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => void targetTab().then(setTab, () => setTab(null)), []);
  if (!tab || !/^https?:/.test(tab.url)) return null;
  const checked = originPatternOf(tab.url);
  if (!checked.ok || (state.kind === 'idle' && pageSiteActive(tab.url, settings.sites))) return null;
  const { id: tabId, url } = tab;
  const host = new URL(url).hostname;
  const match = checked.pattern;

  async function enable() {
    // The prompt needs the click's user gesture: nothing may be awaited before it.
    const granted = browser.permissions.request({ origins: [match] });
    setState({ kind: 'busy' });
    try {
      if (!(await granted)) return setState({ kind: 'error', text: t('enableSiteRefused', host) });
      // Detection runs on the live page in the tab: nothing of the page comes back but the answer.
      const [read] = await browser.scripting.executeScript({ target: { tabId }, func: hasDiscuzMarkers, args: [DISCUZ_MARKERS] });
      if (read?.result !== true) return setState({ kind: 'not-discuz' });
      await saveSettings({ ...settings, sites: withSiteProfile(settings.sites, match, 'discuz', host).sites });
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
      setState({ kind: 'enabled' });
    } catch (err) {
      setState({ kind: 'error', text: t('enableSiteFailed', errorText(err)) });
    }
  }

  async function openGenericEditor() {
    const { sites, site } = withSiteProfile(settings.sites, match, 'generic', host);
    await saveSettings({ ...settings, sites });
    openInTab(browser.runtime.getURL(`/dashboard.html#sites/${site.id}`));
  }

  return (
    <section class="fw-enable-site" data-fw-enable-site={state.kind}>
      {state.kind === 'enabled' ? (
        <p class="fw-ok">{t('enableSiteDone', host)}</p>
      ) : state.kind === 'not-discuz' ? (
        <>
          <p>{t('enableSiteNotDiscuz', host)}</p>
          <button type="button" data-fw-action="open-generic-editor" onClick={() => void openGenericEditor()}>
            {t('enableSiteGeneric')}
          </button>
        </>
      ) : (
        <>
          <p>{t('enableSiteHelp', host)}</p>
          <button type="button" data-fw-action="enable-site" disabled={state.kind === 'busy'} onClick={() => void enable()}>
            {t('enableSite')}
          </button>
          {state.kind === 'error' && <p class="fw-error">{state.text}</p>}
        </>
      )}
    </section>
  );
}
