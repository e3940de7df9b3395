import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SiteProfile } from '@/utils/settings/types';

/**
 * Asks for host access to one origin. Must be the first thing a click handler
 * awaits: the browser only shows the prompt during a user gesture.
 */
export async function requestOrigin(match: string): Promise<boolean> {
  return browser.permissions.request({ origins: [match] });
}

/** Gives host access back. Origins the extension always has (the local demo ones) cannot be given back; that is fine. */
export async function releaseOrigin(match: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [match] });
  } catch {
    // A required origin stays granted.
  }
}

/** Which of the sites' origins the browser currently grants, kept up to date when the user changes it elsewhere. */
export function useGrantedOrigins(sites: SiteProfile[]): Set<string> {
  const [granted, setGranted] = useState<Set<string>>(new Set());
  const matches = sites.map((s) => s.match).join('\n');
  useEffect(() => {
    let live = true;
    const refresh = async () => {
      const list = matches ? matches.split('\n') : [];
      const results = await Promise.all(list.map((m) => browser.permissions.contains({ origins: [m] }).catch(() => false)));
      if (live) setGranted(new Set(list.filter((_, i) => results[i])));
    };
    void refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [matches]);
  return granted;
}
