import type { SiteProfile } from '@/utils/settings/types';
import { isDiscuzHtml } from '@/utils/sites/discuz/detect-html';

/** Fetches a forum's address (host access was granted just before) and tells a Discuz! X forum from any other site. */
export async function detectForumKind(address: string): Promise<SiteProfile['adapter']> {
  const url = /^[a-z]+:\/\//i.test(address.trim()) ? address.trim() : `http://${address.trim()}`;
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return isDiscuzHtml(await response.text()) ? 'discuz' : 'generic';
}
