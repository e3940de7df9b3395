import type { SiteProfile } from './types';
import { hostMatches, patternHost } from '../sites/origin-pattern';

/**
 * Whether posts on a staff account's site show no user id (a site read
 * through a generic profile): there the name alone identifies the account,
 * and anyone can post under that name.
 */
export function isNameOnlySite(accountSite: string, sites: SiteProfile[]): boolean {
  const host = accountSite.replace(/:(?:\d+|\*)$/, '');
  return sites.some((s) => s.adapter === 'generic' && hostMatches(patternHost(s.match), host));
}
