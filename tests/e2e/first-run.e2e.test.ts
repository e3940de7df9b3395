import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STORE_TEST_DIR, type ExtensionBrowser } from './browser';
import { useDemoForum } from './suites';

/** Who the ledger's history names for each change of one entry (read inside the service worker). */
function actorsOf(sw: ExtensionBrowser['sw'], key: string): Promise<string[]> {
  return sw.evaluate(
    (k) =>
      new Promise<string[]>((ok) => {
        const req = indexedDB.open('forumwatch-ledger');
        req.onsuccess = () => {
          const all = req.result.transaction('events').objectStore('events').index('key').getAll(k);
          all.onsuccess = () => ok((all.result as { actor: string }[]).map((e) => e.actor));
        };
      }),
    key,
  );
}

/**
 * A user's first day with the store package (the test copy holds http://127.0.0.1/* from
 * installation, so the permission prompts resolve without a click): the first-run page opens by
 * itself, the popup enables the forum of the open tab, and the identity saved is the ledger's actor.
 */
describe('first run with the store build', () => {
  const env = useDemoForum(STORE_TEST_DIR);
  let thread: Page;

  it('在此网站启用 in the popup marks the open forum tab without reloading it', async () => {
    const { forum, browser } = env;
    thread = await browser.ctx.newPage();
    await thread.goto(`${forum.url}/forum.php?mod=viewthread&tid=4`);
    await thread.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
    expect(await thread.locator('[data-fw-post]').count()).toBe(0);
    // The popup of the toolbar button acts on the active tab; as a page of its own it is told the tab.
    const tabId = await browser.sw.evaluate(async (url) => (await chrome.tabs.query({ url })).at(0)?.id, `${forum.url}/forum.php?mod=viewthread&tid=4`);
    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-fw-action="enable-site"]').click();
    await expect.poll(() => popup.locator('[data-fw-enable-site]').getAttribute('data-fw-enable-site')).toBe('enabled');

    await expect.poll(() => thread.locator('[data-fw-post]').count()).toBeGreaterThan(0);
    expect(await thread.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    const sites = await browser.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.sites);
    expect(sites).toMatchObject([{ match: 'http://127.0.0.1/*', adapter: 'discuz', enabled: true }]);
    await popup.close();
  });

  it('the first-run page saves who the user is, and a capture records that name', async () => {
    const { forum, browser } = env;
    await expect.poll(() => browser.ctx.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(true);
    const welcome = browser.ctx.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    await welcome.bringToFront();
    await welcome.locator('[data-fw-welcome] [data-fw-welcome-section="identity"]').waitFor();
    await welcome.locator('[data-fw-identity-name]').fill('张小燕');
    await welcome.locator('[data-fw-identity-department]').fill('城建科');
    await welcome.locator('[data-fw-account-site]').fill(new URL(forum.url).host);
    await welcome.locator('[data-fw-account-name]').fill('城建科小张');
    await welcome.locator('[data-fw-identity-save]').click();
    await welcome.locator('[data-fw-identity-saved]').waitFor();

    await thread.bringToFront();
    const first = thread.locator('[data-fw-post]').first();
    const key = (await first.getAttribute('data-fw-post'))!;
    await first.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => actorsOf(browser.sw, key)).toEqual(['张小燕']);
  });

  it('the first-run page fetches a forum address it is given and tells Discuz! X from a news column', async () => {
    const { forum, browser } = env;
    const welcome = browser.ctx.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    await welcome.bringToFront();
    const outcome = welcome.locator('[data-fw-forum-outcome]');
    await welcome.locator('[data-fw-forum-address]').fill(`${forum.url}/forum.php`);
    await welcome.locator('[data-fw-action="add-forum"]').click();
    await expect.poll(() => outcome.textContent()).toContain('Discuz! X 论坛');
    await welcome.locator('[data-fw-forum-address]').fill(`${forum.url}/news/comments.html?id=1`);
    await welcome.locator('[data-fw-action="add-forum"]').click();
    await expect.poll(() => outcome.textContent()).toContain('不是 Discuz! X 论坛');
    expect(await welcome.locator('[data-fw-forum="generic"][data-fw-forum-state="off"]').count()).toBe(1);
    expect(await welcome.locator('[data-fw-forum="discuz"][data-fw-forum-state="on"]').count()).toBe(1);
  });
});
