import { describe, expect, it } from 'vitest';
import { POLITENESS, countRequest, freshSiteWatch, siteAnswered, siteFailed, waitBeforeRequest } from '@/utils/watch/politeness';

const T0 = Date.parse('2026-12-01T09:00:00+08:00');

describe('politeness towards one site', () => {
  it('spaces requests 10 s apart', () => {
    let site = freshSiteWatch();
    expect(waitBeforeRequest(site, T0, false)).toBe(0);
    site = countRequest(site, T0);
    expect(waitBeforeRequest(site, T0 + 3000, false)).toBe(7000);
    expect(waitBeforeRequest(site, T0 + POLITENESS.spacingMs, false)).toBe(0);
  });

  it('stops at the hourly cap and starts again the next hour', () => {
    let site = freshSiteWatch();
    for (let i = 0; i < POLITENESS.hourlyCap; i++) site = countRequest(site, T0 + i * POLITENESS.spacingMs);
    const afterCap = T0 + POLITENESS.hourlyCap * POLITENESS.spacingMs;
    expect(waitBeforeRequest(site, afterCap, false)).toBeNull();
    expect(waitBeforeRequest(site, afterCap, true)).toBeNull();
    expect(waitBeforeRequest(site, T0 + 3600_000, false)).toBe(0);
  });

  it('backs off longer after each failure, up to six hours; a manual check still asks; an answer clears it', () => {
    let site = siteFailed(countRequest(freshSiteWatch(), T0), T0, 'login', '抱歉，您需要登录后才能查看');
    expect(site.health).toBe('login');
    expect(site.backoffUntil).toBe(T0 + 5 * 60_000);
    expect(waitBeforeRequest(site, T0 + 60_000, false)).toBeNull();
    expect(waitBeforeRequest(site, T0 + 60_000, true)).toBe(0);
    site = siteFailed(site, T0, 'error', 'HTTP 503');
    expect(site.backoffUntil).toBe(T0 + 10 * 60_000);
    for (let i = 0; i < 10; i++) site = siteFailed(site, T0, 'error', 'HTTP 503');
    expect(site.backoffUntil).toBe(T0 + POLITENESS.backoffMaxMs);
    site = siteAnswered(site, T0 + 7 * 3600_000);
    expect(site).toMatchObject({ health: 'ok', failures: 0, backoffUntil: null });
  });
});
