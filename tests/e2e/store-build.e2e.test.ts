import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, STORE_TEST_DIR, type ExtensionBrowser } from './browser';
import { closedShadow } from './closed-shadow';
import { startDemoForum } from '../../tools/demo-forum/server.mjs';

type DemoForum = Awaited<ReturnType<typeof startDemoForum>>;

/**
 * The store package as users install it, except that it holds http://127.0.0.1/* from installation
 * instead of asking (a headless browser cannot click the permission prompt): no content script in
 * the manifest, sites enabled one by one, and no ledger-state hooks on pages unless turned on.
 */
describe('the store build', () => {
  let forum: DemoForum;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    forum = await startDemoForum();
    const port = Number(new URL(forum.url).port);
    browser = await launchWithExtension(() => [port], undefined, STORE_TEST_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await forum?.close();
  });

  async function sitesPanel(): Promise<Page> {
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extId}/dashboard.html#sites`);
    await page.locator('[data-fw-panel="sites"] [data-fw-site-add]').waitFor();
    return page;
  }

  const registered = () => browser.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s: { matches?: string[] }) => s.matches));

  async function thread(): Promise<Page> {
    const page = await browser.ctx.newPage();
    await page.goto(`${forum.url}/forum.php?mod=viewthread&tid=4`);
    return page;
  }

  it('has no content script and no demo staff until a site is enabled', async () => {
    const manifest = await browser.sw.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.content_scripts).toBeUndefined();
    expect(await browser.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.staff)).toEqual([]);
    const page = await thread();
    await page.waitForTimeout(1_000);
    expect(await page.locator('html').getAttribute('data-fw-page')).toBeNull();
    expect(await page.locator('[data-fw-post]').count()).toBe(0);
    await page.close();
  });

  it('enabling the forum marks its pages without the state hooks; 自动化标记 adds them; disabling removes the script', async () => {
    const panel = await sitesPanel();
    await panel.locator('[data-fw-site-name]').fill('岱山论坛');
    await panel.locator('[data-fw-site-match]').fill('http://127.0.0.1/*');
    await panel.locator('[data-fw-site-submit]').click();
    const row = panel.locator('tr[data-fw-site]');
    await row.locator('[data-fw-site-toggle]').click();
    await expect.poll(() => row.getAttribute('data-fw-site-state')).toBe('on');
    await expect.poll(registered).toEqual([['http://127.0.0.1/*']]);

    const page = await thread();
    const first = page.locator('[data-fw-post]').first();
    await first.locator('[data-fw-action="capture"]').click();
    // The bar inside the post says 新登记; the page's DOM says nothing of it.
    const info = closedShadow(page, '[data-fw-ui="capture-info"]');
    await expect.poll(() => info.locator('.state').textContent()).toBe('新登记');
    expect(await info.locator('.topic').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-fw-state], [data-fw-topics], [data-fw-staff], [data-fw-level]').count()).toBe(0);
    // Highlighting works without the hooks.
    expect(await page.locator('[data-fw-hl]').count()).toBeGreaterThan(0);
    // So does the 舆情预警 level: a 关注 post is outlined and tagged with its word beside the capture control.
    const watched = await browser.ctx.newPage();
    await watched.goto(`${forum.url}/forum.php?mod=viewthread&tid=1`);
    await expect.poll(() => closedShadow(watched, '[data-fw-ui="capture-info"]').locator('.level-watch').textContent()).toBe('关注 · 曝光');
    expect(await watched.locator('[data-fw-post]').first().evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
    expect(await watched.locator('[data-fw-level]').count()).toBe(0);
    await watched.close();

    await panel.bringToFront();
    await panel.locator('[data-fw-automation-hooks] input[type=checkbox]').check();
    await page.reload();
    await expect.poll(() => page.locator('[data-fw-post]').first().getAttribute('data-fw-state')).toBe('new');
    expect(await page.locator('[data-fw-post][data-fw-topics]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-fw-post][data-fw-level]').count()).toBeGreaterThan(0);

    await panel.bringToFront();
    await row.locator('[data-fw-site-toggle]').click();
    await expect.poll(() => row.getAttribute('data-fw-site-state')).toBe('off');
    await expect.poll(registered).toEqual([]);
    await page.reload();
    await page.waitForTimeout(1_000);
    expect(await page.locator('[data-fw-post]').count()).toBe(0);
    await Promise.all([page.close(), panel.close()]);
  });
});
