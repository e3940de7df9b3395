import type { SiteProfile } from '../settings/types';
import { hostMatches, patternHost } from './origin-pattern';

export type SiteNames = readonly Pick<SiteProfile, 'name' | 'match'>[];

/**
 * What a ledger entry's site (`host` or `host:port`) is called: the name of the user's site profile
 * for that host (an exact host before a `*.` one), else the site as stored.
 */
export function siteName(sites: SiteNames, site: string): string {
  const host = site.replace(/:\d+$/, '');
  const profile = sites.find((p) => patternHost(p.match) === host) ?? sites.find((p) => hostMatches(patternHost(p.match), host));
  return profile?.name ?? site;
}
