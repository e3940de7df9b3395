// The dashboard's side of the element picker: find the site's open tab, inject
// the picker there, start a pick, ask for a preview.
import { browser, type Browser } from 'wxt/browser';
import type { SelectorField, Selectors } from '@/utils/sites/generic/fields';
import { PICKER_SCRIPT, type PickerRequest, type ProfilePreview } from '@/utils/sites/generic/picker-messages';

export type SiteTab = Browser.tabs.Tab & { id: number };

/** Open tabs on the site, most recently used first. Needs the site's host access. */
export async function siteTabs(match: string): Promise<SiteTab[]> {
  const tabs = await browser.tabs.query({ url: match });
  return tabs
    .filter((tab): tab is SiteTab => typeof tab.id === 'number')
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
}

async function ask<T>(tabId: number, request: PickerRequest): Promise<T> {
  await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_SCRIPT] });
  return (await browser.tabs.sendMessage(tabId, request)) as T;
}

async function show(tab: SiteTab): Promise<void> {
  await browser.tabs.update(tab.id, { active: true });
  if (typeof tab.windowId === 'number') await browser.windows.update(tab.windowId, { focused: true });
}

/** Starts a pick in the tab and brings the tab to the front. */
export async function startPick(tab: SiteTab, field: SelectorField, postSelector: string): Promise<void> {
  await ask(tab.id, { type: 'fw-pick-start', field, postSelector });
  await show(tab);
}

/** Ends a pick still running in the tab, taking its overlay off the page; a tab closed meanwhile is no error. */
export async function cancelPick(tabId: number): Promise<void> {
  await ask(tabId, { type: 'fw-pick-cancel' }).catch(() => undefined);
}

export function previewIn(tabId: number, selectors: Selectors): Promise<ProfilePreview> {
  return ask<ProfilePreview>(tabId, { type: 'fw-preview', selectors });
}

/** Brings the dashboard's own tab back to the front after a pick. */
export async function showDashboard(): Promise<void> {
  const me = await browser.tabs.getCurrent();
  if (me?.id !== undefined) await show(me as SiteTab);
}
