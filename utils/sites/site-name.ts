import type { SiteProfile } from '../settings/types';
import { hostMatches, patternHost } from './origin-pattern';

export type SiteNames = readonly Pick<SiteProfile, 'name' | 'match'>[];

/** The one name the given profiles agree on, or null (none, or two sites sharing a host under different names). */
function agreedName(profiles: SiteNames): string | null {
  const names = new Set(profiles.map((p) => p.name));
  return names.size === 1 ? [...names][0]! : null;
}

/**
 * What a ledger entry's site (`host` or `host:port`) is called: the name of the user's site profile
 * for that host (exact hosts before `*.` ones), else the site as stored. Profiles sharing a host under
 * different names (say a comment column and a message board) cannot tell which one an entry came from,
 * so then the site is shown as stored too.
 */
export function siteName(sites: SiteNames, site: string): string {
  const host = site.replace(/:\d+$/, '');
  const exact = sites.filter((p) => patternHost(p.match) === host);
  if (exact.length) return agreedName(exact) ?? site;
  return agreedName(sites.filter((p) => hostMatches(patternHost(p.match), host))) ?? site;
}
