import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteAdapter } from './types';
import type { SiteProfile } from '../settings/types';
import { discuzAdapter } from './discuz';
import { createGenericAdapter } from './generic';

/** The enabled profiles whose origin pattern covers this URL, in the user's order. */
export function profilesFor(url: string, profiles: SiteProfile[]): SiteProfile[] {
  return profiles.filter((p) => {
    if (!p.enabled) return false;
    try {
      return new MatchPattern(p.match).includes(url);
    } catch {
      return false;
    }
  });
}

/** The first enabled profile whose origin pattern covers this URL, if any. */
export function profileFor(url: string, profiles: SiteProfile[]): SiteProfile | null {
  return profilesFor(url, profiles)[0] ?? null;
}

/**
 * The adapter for this page: the first generic profile whose selectors find posts or a reply box
 * here (one host may have a comment column, a message board and a forum), else Discuz! X when the
 * page is one.
 */
export function pickAdapter(doc: Document, profiles: SiteProfile[]): SiteAdapter | null {
  for (const profile of profiles) {
    if (profile.adapter !== 'generic' || !profile.selectors) continue;
    const generic = createGenericAdapter({ ...profile, selectors: profile.selectors });
    if (generic.detect(doc)) return generic;
  }
  return discuzAdapter.detect(doc) ? discuzAdapter : null;
}

/** Whether a known forum's addresses say this page is a thread or a list (so markup not recognised there is worth a notice). */
export function forumContentExpected(url: string): boolean {
  return discuzAdapter.expectsContent?.(url) ?? false;
}
