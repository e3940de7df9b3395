import { browser } from 'wxt/browser';
import type { SiteProfile } from '@/utils/settings/types';

const PREFIX = 'fw-site-';
// The built content script (entrypoints/forum.content).
const CONTENT_JS = 'content-scripts/forum.js';

/** Origins the manifest's own content script already covers (the local demo origins of development builds). */
function builtInMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
}

/**
 * Registers the content script for exactly the enabled sites whose host
 * access the user granted, and unregisters the rest. A site the built-in
 * script already covers gets no second copy.
 */
export async function syncSiteScripts(sites: SiteProfile[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((s) => s.id.startsWith(PREFIX));
  const builtIn = builtInMatches();
  const wanted: SiteProfile[] = [];
  for (const site of sites) {
    if (site.enabled && !builtIn.includes(site.match) && (await browser.permissions.contains({ origins: [site.match] }))) wanted.push(site);
  }
  const stale = ours.filter((s) => !wanted.some((w) => PREFIX + w.id === s.id && s.matches?.[0] === w.match)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const fresh = wanted.filter((w) => !ours.some((s) => s.id === PREFIX + w.id && s.matches?.[0] === w.match));
  if (fresh.length) {
    await browser.scripting.registerContentScripts(
      fresh.map((w) => ({ id: PREFIX + w.id, matches: [w.match], js: [CONTENT_JS], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  }
}
