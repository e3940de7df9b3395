import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, labels, fixtureKey } from '../e2e/fixtures';
import { useFixturePagesInFirefox } from './suites';

/** Desktop and touch views, guest and member, a thread's first and second page. */
const THREAD_PAGES = [
  'viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.guest.html',
  'viewthread-tid37-traditional-title-illegal-building.member.html',
  'viewthread-tid14-p2-road-works-yangang-west-road-staff-reply.member.html',
  'mobile-viewthread-tid14-road-works-yangang-west-road-staff-reply.guest.html',
];

describe.skipIf(!hasSharedFixtures)('built extension in Firefox on the saved real Discuz! X pages', () => {
  const env = useFixturePagesInFirefox();

  it('marks every labelled post, and only those, with data-fw-post and a capture control', async () => {
    const page = await env.firefox.openPage('about:blank');
    for (const file of THREAD_PAGES) {
      const label = labels().pages.find((p) => p.file === file)!;
      await page.goto(env.server.url + file);
      await page.waitForSelector('html[data-fw-page="active"]');
      const marked = await page.$$eval('[data-fw-post]', (els) => els.map((e) => e.getAttribute('data-fw-post')));
      expect(marked, file).toEqual(label.posts!.map((p) => fixtureKey(env.server.site, label.tid!, p.pid)));
      expect(await page.$$eval('[data-fw-post] [data-fw-action="capture"]', (els) => els.length), file).toBe(marked.length);
    }
    await page.close();
  });

  it('captures a post: the popup lists it as new and the badge counts it', async () => {
    const file = 'viewthread-tid33-demolition-piling-cracks.guest.html';
    const first = labels().pages.find((p) => p.file === file)!.posts![0]!;
    const key = fixtureKey(env.server.site, 33, first.pid);
    const page = await env.firefox.openPage(env.server.url + file);
    const post = `[data-fw-post="${key}"]`;
    await page.click(`${post} [data-fw-action="capture"]`);
    await page.waitForSelector(`${post}[data-fw-state="new"]`);

    const popup = await env.firefox.openExtensionPage('popup.html');
    await popup.waitForSelector(`[data-fw-ledger-item="${key}"][data-fw-status="new"]`);
    await expect.poll(() => env.firefox.badgeText()).toBe('1');
    await Promise.all([page.close(), popup.close()]);
  });
});
