import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SiteProfile } from '@/utils/settings/types';
import { checkSelectors } from '@/utils/sites/generic';
import { FIELD_LABELS, SELECTOR_FIELDS, emptySelectors, type SelectorField, type Selectors } from '@/utils/sites/generic/fields';
import { isPickerReport } from '@/utils/sites/generic/picker-messages';
import type { ProfilePreview } from '@/utils/sites/generic/preview';
import { t } from '@/utils/i18n';
import { requestOrigin } from './permissions';
import { cancelPick, previewIn, showDashboard, siteTabs, startPick, type SiteTab } from './tab-bridge';
import { PreviewBox } from './PreviewBox';
import { errorText } from '@/utils/error-text';

/** The CSS selectors of a generic site, picked by pointing at the site's open tab, with a live preview. */
export function GenericEditor({ site, onSave }: { site: SiteProfile; onSave(selectors: Selectors): Promise<void> }) {
  const [selectors, setSelectors] = useState<Selectors>(site.selectors ?? emptySelectors());
  const [tabs, setTabs] = useState<SiteTab[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [picking, setPicking] = useState<SelectorField | null>(null);
  const [preview, setPreview] = useState<ProfilePreview | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // The picker's reports arrive in a listener set up once; it reads the latest values here.
  const latest = useRef({ selectors, tabId, picking });
  latest.current = { selectors, tabId, picking };

  async function runPreview(id: number, next: Selectors) {
    try {
      setPreview(await previewIn(id, next));
    } catch (err) {
      setMessage({ ok: false, text: t('sitesPreviewFailed', errorText(err)) });
    }
  }

  useEffect(() => {
    const listener = (report: unknown, sender: { tab?: { id?: number } }) => {
      if (!isPickerReport(report) || sender.tab?.id === undefined || sender.tab.id !== latest.current.tabId) return undefined;
      setPicking((field) => (field === report.field ? null : field));
      if (report.type === 'fw-pick-aborted') return undefined;
      const next = { ...latest.current.selectors, [report.field]: report.selector };
      setSelectors(next);
      setMessage({ ok: true, text: t('sitesPicked', FIELD_LABELS[report.field], report.count) });
      void showDashboard();
      void runPreview(sender.tab.id, next);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      // An editor closed mid-pick would leave the picker's overlay on the site's page.
      const { picking: field, tabId: id } = latest.current;
      if (field && id !== null) void cancelPick(id);
    };
  }, []);

  /** Host access first (the click is the user gesture), then the site's tab. */
  async function siteTab(): Promise<SiteTab | null> {
    if (!(await requestOrigin(site.match))) {
      setMessage({ ok: false, text: t('sitesPermissionRefused', site.name) });
      return null;
    }
    const found = await siteTabs(site.match);
    setTabs(found);
    const tab = found.find((x) => x.id === latest.current.tabId) ?? found[0] ?? null;
    setTabId(tab?.id ?? null);
    if (!tab) setMessage({ ok: false, text: t('sitesNoTab', site.match) });
    return tab;
  }

  async function pick(field: SelectorField) {
    const tab = await siteTab();
    if (!tab) return;
    setMessage(null);
    setPicking(field);
    try {
      await startPick(tab, field, selectors.post);
    } catch (err) {
      setPicking(null);
      setMessage({ ok: false, text: t('sitesPickFailed', errorText(err)) });
    }
  }

  async function previewNow() {
    const tab = await siteTab();
    if (tab) await runPreview(tab.id, selectors);
  }

  const problems = checkSelectors(selectors);
  const needsPost = (field: SelectorField) => (field === 'author' || field === 'time' || field === 'body') && !selectors.post.trim();
  return (
    <section class="fw-site-editor" data-fw-site-editor={site.id}>
      <h2>{t('sitesEditorTitle', site.name)}</h2>
      <p class="fw-site-hint">{t('sitesEditorHelp', site.match)}</p>
      <div class="fw-toolbar">
        <label>
          {t('sitesTab')}{' '}
          <select value={tabId ?? ''} onChange={(e) => setTabId(Number(e.currentTarget.value))} disabled={!tabs.length}>
            {!tabs.length && <option value="">{t('sitesTabUnknown')}</option>}
            {tabs.map((tab) => <option key={tab.id} value={tab.id}>{tab.title || tab.url}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => void siteTab()}>{t('sitesFindTabs')}</button>
      </div>
      <div class="fw-site-fields">
        {SELECTOR_FIELDS.map((field) => (
          <label key={field} class="fw-field">
            <span>{FIELD_LABELS[field]}</span>
            <span class="fw-site-field-row">
              <input value={selectors[field]} spellcheck={false} onInput={(e) => setSelectors({ ...selectors, [field]: e.currentTarget.value })} data-fw-selector={field} />
              <button type="button" disabled={needsPost(field)} title={needsPost(field) ? t('sitesPickPostFirst') : ''} onClick={() => void pick(field)} data-fw-pick={field}>
                {picking === field ? t('sitesPicking') : t('sitesPick')}
              </button>
            </span>
          </label>
        ))}
      </div>
      <div class="fw-toolbar">
        <button type="button" onClick={() => void previewNow()} data-fw-preview-run>{t('sitesPreview')}</button>
        <button type="button" disabled={problems.length > 0} onClick={() => void onSave(selectors)} data-fw-selectors-save>{t('save')}</button>
        {message && <span class={message.ok ? 'fw-ok' : 'fw-error'} data-fw-editor-message>{message.text}</span>}
      </div>
      {problems.length > 0 && <ul class="fw-error">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
      {preview && <PreviewBox preview={preview} />}
    </section>
  );
}
