import { browser } from 'wxt/browser';
import { safeHttpUrl } from '@/utils/links/safe-http-url';

/** Opens a post (or an extension page) in a new tab; a refused address is reported, not thrown. */
export function openInTab(url: string): void {
  browser.tabs.create({ url }).catch((err: unknown) => console.error('论坛舆情助手：打不开', url, err));
}

/** Opens a post's page; an address that is not a plain http(s) URL (e.g. `data:` from an imported file) is not opened. */
export function openPost(url: string): void {
  const safe = safeHttpUrl(url);
  if (safe) openInTab(safe);
  else console.error('论坛舆情助手：不是网页地址，未打开', url);
}
