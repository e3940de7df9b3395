import { browser } from 'wxt/browser';
import type { SiteProfile } from '@/utils/settings/types';
import { pageSiteActive } from '@/utils/sites/enable-site';

/** Whether the watch may read this address: its site is enabled and the user granted access to it. */
export async function mayWatch(url: string, sites: SiteProfile[]): Promise<boolean> {
  if (!pageSiteActive(url, sites)) return false;
  const { protocol, hostname } = new URL(url);
  return browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] }).catch(() => false);
}
