import { browser } from 'wxt/browser';

/** Opens a post (or an extension page) in a new tab; a refused address is reported, not thrown. */
export function openInTab(url: string): void {
  browser.tabs.create({ url }).catch((err: unknown) => console.error('论坛舆情助手：打不开', url, err));
}
