import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteAdapter } from './types';
import type { SiteProfile } from '../settings/types';
import { discuzAdapter } from './discuz';
import { createGenericAdapter } from './generic';

/** The enabled profile whose origin pattern covers this URL, if any. */
export function profileFor(url: string, profiles: SiteProfile[]): SiteProfile | null {
  return (
    profiles.find((p) => {
      if (!p.enabled) return false;
      try {
        return new MatchPattern(p.match).includes(url);
      } catch {
        return false;
      }
    }) ?? null
  );
}

/** The adapter for this page: the profile's generic selectors, or Discuz! X when the page is one. */
export function pickAdapter(doc: Document, profile: SiteProfile | null): SiteAdapter | null {
  if (profile?.adapter === 'generic' && profile.selectors) {
    const generic = createGenericAdapter({ ...profile, selectors: profile.selectors });
    // A profile for a whole host may also cover that host's Discuz! X forum.
    if (generic.detect(doc)) return generic;
  }
  return discuzAdapter.detect(doc) ? discuzAdapter : null;
}

/** URLs that should show posts or a thread list on a Discuz! X forum (desktop, touch and rewritten forms). */
export function looksLikeDiscuzContent(url: string): boolean {
  return /mod=(viewthread|forumdisplay|guide)|\/thread-\d+-\d+-\d+\.html|\/forum-\d+-\d+\.html/.test(url);
}
