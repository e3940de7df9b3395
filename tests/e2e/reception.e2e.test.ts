// After a staff reply on the demo forum, the original poster's thanks keeps the entry 已回复 and
// counts as 好评; a pushback reopens it (办理中) and puts it back on the badge.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, ledgerEntry } from './browser';
import { closedShadow } from './closed-shadow';
import { useDemoForum } from './suites';

const TID = 3;

describe('how the staff reply is received, on the demo forum', () => {
  const env = useDemoForum();

  const shownState = (page: Page, key: string) =>
    closedShadow(page, `[data-fw-post="${key}"] [data-fw-ui="capture-info"]`).locator('.state').textContent();

  /** Posts through the thread's quick reply box, as whoever the demo visitor is now, and waits for the post to appear. */
  async function quickReply(page: Page, text: string): Promise<void> {
    const posts = await page.locator('[data-fw-post]').count();
    await page.locator('#fastpostmessage').fill(text);
    await page.locator('#fastpostsubmit').click();
    await expect.poll(() => page.locator('[data-fw-post]').count(), { timeout: 15_000 }).toBe(posts + 1);
  }

  /** Switches the demo visitor (演示身份) and comes back to the thread. */
  async function actAs(page: Page, uid: number): Promise<void> {
    await page.goto(`${env.forum.url}/login?uid=${uid}&back=${encodeURIComponent(`/forum.php?mod=viewthread&tid=${TID}`)}`);
    await page.locator('[data-fw-post]').first().waitFor();
  }

  it('thanks from the original poster keeps the entry 已回复 and counts as 好评; a pushback reopens it with a deadline and raises the badge', async () => {
    const thread = env.forum.state.threads.get(TID)!;
    const poster = env.forum.state.posts.get(thread.pids[0]!)!.authorUid;
    const page = await env.browser.ctx.newPage();
    await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=${TID}`);
    const first = page.locator('[data-fw-post]').first();
    await first.waitFor();
    await first.locator('[data-fw-action="capture"]').click();
    const key = (await first.getAttribute('data-fw-post'))!;
    await quickReply(page, '感谢您的反映！市政所已安排人员到现场核实处理。如有疑问请联系县市政所，电话：0580-4475678。');
    await expect.poll(() => shownState(page, key), { timeout: 15_000 }).toBe('已回复');
    await expect.poll(() => badgeText(env.browser.sw)).toBe('');

    await actAs(page, poster);
    await quickReply(page, '效率真高，谢谢！');
    await expect.poll(async () => (await ledgerEntry(env.browser.sw, key))?.reception?.praise, { timeout: 15_000 }).toBe(1);
    expect(await shownState(page, key)).toBe('已回复');
    expect(await badgeText(env.browser.sw)).toBe('');

    await quickReply(page, '谢谢，但是什么时候能修好？');
    await expect.poll(() => shownState(page, key), { timeout: 15_000 }).toBe('办理中');
    const reopened = (await ledgerEntry(env.browser.sw, key))!;
    expect(reopened.status).toBe('in_progress');
    expect(Date.parse(reopened.dueAt!)).toBeGreaterThan(Date.now());
    await expect.poll(() => badgeText(env.browser.sw)).toBe('1');

    // The ledger shows both on the entry's row and in its details.
    const dashboard = await env.browser.ctx.newPage();
    await dashboard.goto(`chrome-extension://${env.browser.extId}/dashboard.html#ledger`);
    const row = dashboard.locator(`[data-fw-ledger-row="${key}"]`);
    await expect.poll(() => row.locator('[data-fw-praise]').textContent()).toBe('好评 1');
    expect(await row.locator('[data-fw-pushback]').textContent()).toBe('追问 1');
    await row.click();
    const details = dashboard.locator(`[data-fw-ledger-details="${key}"]`);
    await expect.poll(() => details.locator('[data-fw-latest-praise]').textContent()).toContain('效率真高，谢谢！');
    await dashboard.close();
    await page.close();
  });
});
