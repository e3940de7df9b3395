// How often the background watch may ask one site: one request per 10 s, an hourly cap, and a
// growing pause after each failure (a login page or a refusal is not asked again at once).
import { HOUR_MS } from '../time/units';

declare const __FW_WATCH_SPACING_MS__: number | undefined;

export const POLITENESS = {
  // The watch benchmark builds with a shorter spacing, to time a round's work rather than its waits.
  spacingMs: typeof __FW_WATCH_SPACING_MS__ === 'number' ? __FW_WATCH_SPACING_MS__ : 10_000,
  hourlyCap: 60,
  backoffBaseMs: 5 * 60_000,
  backoffMaxMs: 6 * 3600_000,
} as const;

/** `login`: the site wants a signed-in member (shown as 需要登录). */
export type SiteHealth = 'ok' | 'login' | 'error';

export interface SiteWatch {
  health: SiteHealth;
  /** What the site answered last time it failed. */
  detail: string;
  lastRequestAt: number | null;
  /** Start of the current hour's window and the requests made in it. */
  windowStart: number;
  windowCount: number;
  failures: number;
  backoffUntil: number | null;
  checkedAt: number | null;
}

export function freshSiteWatch(): SiteWatch {
  return { health: 'ok', detail: '', lastRequestAt: null, windowStart: 0, windowCount: 0, failures: 0, backoffUntil: null, checkedAt: null };
}

/**
 * Milliseconds to wait before the next request to this site, or null when no request may be made
 * this round (hourly cap reached, or backing off; a round the user asked for ignores the backoff).
 */
export function waitBeforeRequest(site: SiteWatch, now: number, manual: boolean): number | null {
  if (!manual && site.backoffUntil !== null && now < site.backoffUntil) return null;
  if (now - site.windowStart < HOUR_MS && site.windowCount >= POLITENESS.hourlyCap) return null;
  return site.lastRequestAt === null ? 0 : Math.max(0, site.lastRequestAt + POLITENESS.spacingMs - now);
}

export function countRequest(site: SiteWatch, now: number): SiteWatch {
  const sameHour = now - site.windowStart < HOUR_MS;
  return { ...site, lastRequestAt: now, windowStart: sameHour ? site.windowStart : now, windowCount: sameHour ? site.windowCount + 1 : 1 };
}

export function siteAnswered(site: SiteWatch, now: number): SiteWatch {
  return { ...site, health: 'ok', detail: '', failures: 0, backoffUntil: null, checkedAt: now };
}

export function siteFailed(site: SiteWatch, now: number, health: Exclude<SiteHealth, 'ok'>, detail: string): SiteWatch {
  const failures = site.failures + 1;
  const pause = Math.min(POLITENESS.backoffBaseMs * 2 ** (failures - 1), POLITENESS.backoffMaxMs);
  return { ...site, health, detail, failures, backoffUntil: now + pause, checkedAt: now };
}
