import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteProfile } from '../settings/types';
import { STORE_BUILD } from '../build-kind';
import { LOCAL_DEMO_MATCHES } from './local-demo';
import { profileFor } from './registry';
import { emptySelectors } from './generic/fields';
import { checkOriginPattern, type OriginCheck } from './origin-pattern';
import { newId } from '../new-id';

/** The origin pattern host access is asked for, for a page or a typed forum address (ports are left out). */
export function originPatternOf(address: string): OriginCheck {
  const text = address.trim();
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`);
    return checkOriginPattern(`${url.protocol}//${url.hostname}/`);
  } catch {
    return checkOriginPattern(text);
  }
}

/**
 * The sites with a profile for `match`: a Discuz! X forum is enabled at once (its host access was
 * just granted); a generic profile is added switched off, since its selectors are still to be picked.
 * A profile already there for the same pattern is reused.
 */
export function withSiteProfile(sites: SiteProfile[], match: string, adapter: SiteProfile['adapter'], name: string): { sites: SiteProfile[]; site: SiteProfile } {
  const existing = sites.find((s) => s.match === match && s.adapter === adapter);
  const enabled = adapter === 'discuz';
  if (existing) {
    const site = { ...existing, enabled: existing.enabled || enabled };
    return { sites: sites.map((s) => (s === existing ? site : s)), site };
  }
  const site: SiteProfile = { id: newId('site'), name, match, adapter, selectors: adapter === 'generic' ? emptySelectors() : null, enabled };
  return { sites: [...sites, site], site };
}

/** Whether the extension already works on this page: an enabled profile covers it, or it is the local demo (development builds). */
export function pageSiteActive(url: string, sites: SiteProfile[]): boolean {
  if (profileFor(url, sites)) return true;
  return !STORE_BUILD && LOCAL_DEMO_MATCHES.some((m) => new MatchPattern(m).includes(url));
}
