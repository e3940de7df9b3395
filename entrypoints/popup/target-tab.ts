import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url: string;
}

/**
 * The tab the popup acts on: the active tab of the popup's window (its address is readable through
 * `activeTab` once the toolbar button was clicked), or the tab named by `?tab=<id>` when the popup
 * page is opened in a tab of its own.
 */
export async function targetTab(): Promise<TargetTab | null> {
  const named = new URLSearchParams(location.search).get('tab');
  const tab = named ? await browser.tabs.get(Number(named)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}
