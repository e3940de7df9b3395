import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, ledgerCount } from './browser';
import { fixtureKey } from './fixtures';
import { hasFixtures, readLabels } from '../support/labels';
import { useFixturePages } from './suites';
import { AREA_TOPIC_IDS } from '../../utils/settings/default-topics';

describe.skipIf(!hasFixtures)('built extension on the saved real Discuz! X pages', () => {
  const env = useFixturePages();

  async function open(file: string): Promise<Page> {
    const page = await env.browser.ctx.newPage();
    await page.goto(env.server.url + file);
    return page;
  }

  it('marks every labelled post on every desktop and touch thread page, and nothing else, with the right topics', async () => {
    const threadPages = readLabels().pages.filter((p) => p.posts?.length);
    expect(threadPages.length).toBeGreaterThan(30);
    const page = await env.browser.ctx.newPage();
    const score = { truePos: 0, falsePos: 0, falseNeg: 0 };
    for (const label of threadPages) {
      await page.goto(env.server.url + label.file);
      const expected = label.posts!.map((p) => fixtureKey(env.server.site, label.tid!, p.pid));
      await page.waitForSelector('[data-fw-post]');
      const marked = await page.$$eval('[data-fw-post]', (els) =>
        els.map((e) => ({ key: e.getAttribute('data-fw-post'), topics: (e.getAttribute('data-fw-topics') ?? '').split(',').filter(Boolean) })),
      ).then((posts) =>
        // The labels know the five areas; the bureau-mention topic is not one of them.
        posts.map((p) => ({ ...p, topics: p.topics.filter((t) => AREA_TOPIC_IDS.includes(t)) })),
      );
      expect(marked.map((m) => m.key), label.file).toEqual(expected);
      // The bureau's own posts (registered staff accounts) are neither offered for capture nor highlighted.
      const captureControls = await page.locator('[data-fw-post] [data-fw-action="capture"]').count();
      expect(captureControls, label.file).toBe(label.posts!.filter((p) => !p.author_is_staff).length);
      const staffMarked = await page.$$eval('[data-fw-post][data-fw-staff]', (els) => els.map((e) => e.getAttribute('data-fw-post')));
      expect(staffMarked, label.file).toEqual(label.posts!.filter((p) => p.author_is_staff).map((p) => fixtureKey(env.server.site, label.tid!, p.pid)));
      marked.forEach(({ topics }, i) => {
        if (label.posts![i]!.author_is_staff) return expect(topics, `${label.file} staff post`).toEqual([]);
        const areas = label.posts![i]!.areas;
        score.truePos += topics.filter((t) => areas.includes(t)).length;
        score.falsePos += topics.filter((t) => !areas.includes(t)).length;
        score.falseNeg += areas.filter((a) => !topics.includes(a)).length;
      });
    }
    const precision = score.truePos / (score.truePos + score.falsePos);
    const recall = score.truePos / (score.truePos + score.falseNeg);
    console.log(`post topics in Chromium: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    await page.close();
  });

  it('marks every thread-list row and highlights by title only rows about the bureau', async () => {
    const listPages = readLabels().pages.filter((p) => p.threads?.length);
    const page = await env.browser.ctx.newPage();
    let flagged = 0;
    let relevant = 0;
    let found = 0;
    for (const label of listPages) {
      await page.goto(env.server.url + label.file);
      await page.locator('[data-fw-row]').first().waitFor();
      const rows = await page.$$eval('[data-fw-row]', (els) => els.map((e) => [e.getAttribute('data-fw-row'), e.getAttribute('data-fw-topics')] as const));
      expect(rows.map(([row]) => Number(/\/t(\d+)$/.exec(row ?? '')?.[1])), label.file).toEqual(label.threads!.map((t) => t.tid));
      rows.forEach(([, all], i) => {
        const topics = (all ?? '').split(',').filter((t) => AREA_TOPIC_IDS.includes(t)).join(',');
        const areas = label.threads![i]!.areas ?? [];
        if (topics) flagged++;
        if (areas.length) relevant++;
        if (topics && areas.length) found++;
        // A highlighted title is always about one of the bureau's areas.
        if (topics) expect(areas.length, `${label.file} row ${i}`).toBeGreaterThan(0);
      });
    }
    console.log(`thread-list titles: ${found} of ${relevant} bureau threads highlighted by title alone, ${flagged - found} false alarms`);
    expect(found / relevant).toBeGreaterThan(0.8);
    await page.close();
  });

  it('captures a post: popup item with its due time, badge 1, and the state survives a reload', async () => {
    const file = 'viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.guest.html';
    const label = readLabels().pages.find((p) => p.file === file)!;
    const first = label.posts![0]!;
    const key = fixtureKey(env.server.site, 24, first.pid);
    // Without the staff accounts the reply in this thread would mark the entry replied at once.
    await env.browser.sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, staff: [] } });
    });
    const page = await open(file);
    const post = page.locator(`[data-fw-post="${key}"]`);
    await post.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => post.getAttribute('data-fw-state')).toBe('new');
    await expect.poll(() => badgeText(env.browser.sw)).toBe('1');

    const popup = await env.browser.ctx.newPage();
    await popup.goto(`chrome-extension://${env.browser.extId}/popup.html`);
    const item = popup.locator(`[data-fw-ledger-item="${key}"]`);
    await item.waitFor();
    expect(await item.getAttribute('data-fw-status')).toBe('new');
    const due = await item.getAttribute('data-fw-due');
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(new Date(due!).getTime()).toBeGreaterThan(Date.now());

    await page.reload();
    await expect.poll(() => page.locator(`[data-fw-post="${key}"]`).getAttribute('data-fw-state')).toBe('new');
    // Capturing again updates the same entry.
    await page.locator(`[data-fw-post="${key}"] [data-fw-action="capture"]`).click();
    await expect.poll(() => badgeText(env.browser.sw)).toBe('1');
    expect(await ledgerCount(env.browser.sw)).toBe(1);

    // Clicking the item opens the post in a tab.
    const [opened] = await Promise.all([
      env.browser.ctx.waitForEvent('page', (p) => p.url().includes(`pid=${first.pid}`)),
      item.locator('a').click(),
    ]);
    expect(opened.url()).toContain('goto=findpost');
    await opened.close();
    await Promise.all([page.close(), popup.close()]);
  });
});
