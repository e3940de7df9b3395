// Replies posted on the page itself, which the demo forum inserts as Discuz! X3.5 does:
// `#postlistreply > div[id=""] > table#pid{pid}` (the blanked `div#post_new`), no `div#post_{pid}`.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { useDemoForum } from './suites';

/** The wrapper the forum's script filled with the new post: the former `div#post_new`, beside the fresh empty one. */
const INSERTED_REPLY = '#postlistreply > div:not(#post_new)';
const REPLY = '感谢您的反映！市政所已安排人员到现场核实处理。如有疑问请联系县市政所，电话：0580-4475678。';

describe('replies posted by AJAX on the demo forum', () => {
  const env = useDemoForum();

  /** The state the post's capture bar shows (新登记, 已回复 …), as the user reads it. */
  const shownState = (page: Page, key: string) =>
    closedShadow(page, `[data-fw-post="${key}"] [data-fw-ui="capture-info"]`).locator('.state').textContent();

  /** Opens the thread, remembers the page's own script context (a reload would lose it), captures the first post. */
  async function openAndCapture(tid: number): Promise<{ page: Page; key: string }> {
    const page = await env.browser.ctx.newPage();
    await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=${tid}`);
    const first = page.locator('[data-fw-post]').first();
    await first.waitFor();
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    await first.locator('[data-fw-action="capture"]').click();
    return { page, key: (await first.getAttribute('data-fw-post'))! };
  }

  /** The reply the forum inserted: in the blanked wrapper, marked as a bureau post (which is not offered for capture). */
  async function expectInsertedLikeDiscuz(page: Page, tid: number): Promise<void> {
    // Found by place, not by `div[id=""]`: Chromium 150 does not match that selector on this page although the attribute is empty.
    const inserted = page.locator(INSERTED_REPLY);
    await inserted.waitFor({ timeout: 15_000 });
    expect(await inserted.getAttribute('id')).toBe('');
    const pid = (await inserted.locator('table[id^="pid"]').getAttribute('id'))!.slice(3);
    expect(await page.locator(`#post_${pid}`).count()).toBe(0);
    await expect.poll(() => inserted.getAttribute('data-fw-post')).toMatch(new RegExp(`/t${tid}/p${pid}$`));
    await expect.poll(() => inserted.getAttribute('data-fw-staff')).toBeTruthy();
    expect(await inserted.locator('[data-fw-ui="bar"]').count()).toBe(1);
    expect(await inserted.locator('[data-fw-action="capture"]').count()).toBe(0);
    expect(await page.locator('#postlistreply > div#post_new:empty').isHidden()).toBe(true);
  }

  it('quick reply: the new post is recognised and the captured post shows 已回复 without a reload', async () => {
    const { page, key } = await openAndCapture(3);
    await expect.poll(() => shownState(page, key)).toBe('新登记');
    await page.locator('#fastpostmessage').fill(REPLY);
    await page.locator('#fastpostsubmit').click();
    await expectInsertedLikeDiscuz(page, 3);
    await expect.poll(() => shownState(page, key), { timeout: 15_000 }).toBe('已回复');
    // The bars of the first posts and of the one the forum inserted are drawn in the extension's own look.
    expect(await closedShadow(page, `[data-fw-post="${key}"] [data-fw-action="capture"]`).locator('button').style('color')).toBe('rgb(26, 115, 232)');
    expect(await closedShadow(page, `[data-fw-post="${key}"] [data-fw-ui="capture-info"]`).locator('.state').style('background-color')).toBe('rgb(232, 240, 254)');
    expect(await closedShadow(page, `${INSERTED_REPLY} [data-fw-ui="capture-info"]`).locator('.staff').style('color')).toBe('rgb(24, 128, 56)');
    expect(await page.locator('#fastpostmessage').inputValue()).toBe('');
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
    await page.close();
  });

  it('floating reply window: the new post is recognised and the captured post shows 已回复 without a reload', async () => {
    const { page, key } = await openAndCapture(5);
    await expect.poll(() => shownState(page, key)).toBe('新登记');
    await page.locator('[data-fw-post]').nth(1).locator('a.fastre').click();
    await page.locator('#fwin_reply textarea#postmessage').fill(REPLY);
    await page.locator('#fwin_reply #postsubmit').click();
    await page.locator('#fwin_reply').waitFor({ state: 'detached', timeout: 15_000 });
    await expectInsertedLikeDiscuz(page, 5);
    await expect.poll(() => shownState(page, key), { timeout: 15_000 }).toBe('已回复');
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
    await page.close();
  });

  it('capturing a post that a staff account already answered lower on the page shows 已回复 at once', async () => {
    // Thread 4: 市政所老李 (a registered staff account) answers on floor 3.
    const { page, key } = await openAndCapture(4);
    await expect.poll(() => shownState(page, key), { timeout: 3_000 }).toBe('已回复');
    expect(await page.locator(`[data-fw-post="${key}"]`).getAttribute('data-fw-state')).toBe('replied');
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
    await page.close();
  });
});
