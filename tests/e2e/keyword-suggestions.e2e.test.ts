// Topics that learn: a word the office keeps capturing posts about, and that the threads read but not
// captured lack, is suggested on the topics page; one click adds it to a topic.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ledgerEntry } from './browser';
import { useDemoForum } from './suites';

const PLANTED = '化粪池';
const CHAT_THREADS = [8, 9, 11, 12, 13];
const TID = 12;

describe('keyword suggestions on the demo forum', () => {
  const env = useDemoForum();

  async function openThread(page: Page, tid: number): Promise<void> {
    await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=${tid}`);
    await page.locator('[data-fw-post]').first().waitFor();
  }

  /** Posts through the quick reply box as the demo visitor and returns the new post's key. */
  async function reply(page: Page, text: string): Promise<string> {
    const posts = page.locator('[data-fw-post]');
    const count = await posts.count();
    await page.locator('#fastpostmessage').fill(text);
    await page.locator('#fastpostsubmit').click();
    await expect.poll(() => posts.count(), { timeout: 15_000 }).toBe(count + 1);
    return (await posts.last().getAttribute('data-fw-post'))!;
  }

  it('suggests a word of the captured posts that the posts only read lack, and adds it to the chosen topic on one click', async () => {
    const page = await env.browser.ctx.newPage();
    // A netizen, not the bureau's account: staff posts are not part of what suggestions learn from.
    await page.goto(`${env.forum.url}/login?uid=9&back=${encodeURIComponent(`/forum.php?mod=viewthread&tid=${TID}`)}`);
    for (const tid of CHAT_THREADS) await openThread(page, tid);
    await openThread(page, TID);
    const keys = [await reply(page, `我们小区的${PLANTED}满了，臭气熏天`), await reply(page, `${PLANTED}又冒出来了，楼下都是臭水`)];
    for (const key of keys) {
      await page.locator(`[data-fw-post="${key}"] [data-fw-action="capture"]`).click();
      await expect.poll(() => ledgerEntry(env.browser.sw, key), { timeout: 15_000 }).toBeTruthy();
    }

    const dashboard = await env.browser.ctx.newPage();
    await dashboard.goto(`chrome-extension://${env.browser.extId}/dashboard.html#topics`);
    const suggestion = dashboard.locator(`[data-fw-suggestion="${PLANTED}"]`);
    await suggestion.waitFor({ timeout: 20_000 });
    expect(await suggestion.textContent()).toContain('在 2 条已登记 / 0 条未登记中出现');
    expect(await dashboard.locator('[data-fw-keyword-suggestions]').textContent()).toMatch(/依据最近 2 条已登记和 [1-9]\d* 条看过未登记的帖子/);
    await suggestion.locator('select[name="topic"]').selectOption('municipal_maintenance');
    await suggestion.locator('[data-fw-action="suggestion-add"]').click();
    const words = dashboard.locator('[data-fw-topic="municipal_maintenance"] textarea[data-fw-topic-field="any"]');
    await expect.poll(() => words.inputValue()).toContain(PLANTED);
    await expect.poll(() => suggestion.count()).toBe(0);
    await dashboard.close();
    await page.close();
  });
});
