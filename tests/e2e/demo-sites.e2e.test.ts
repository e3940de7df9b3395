import { describe, expect, it } from 'vitest';
import { useDemoForum } from './suites';

describe('the demo build out of the box: all three of the demo’s sites work with no set-up', () => {
  const env = useDemoForum();

  it('the news comment column and the bureau’s message board are marked like the forum', async () => {
    const page = await env.browser.ctx.newPage();
    for (const [path, posts] of [['/news/comments.html?id=1', 3], ['/gov/messages.html', 3]] as const) {
      await page.goto(env.forum.url + path);
      await expect.poll(() => page.locator('[data-fw-post] [data-fw-action="capture"]').count(), { timeout: 10_000 }).toBe(posts);
      // The controls come before the ledger's states (a round trip to the worker, slow when it starts cold):
      // `active` follows once the page is fully handled, and never comes if start-up broke off.
      await expect.poll(() => page.locator('html').getAttribute('data-fw-page'), { timeout: 10_000 }).toBe('active');
    }
    // The message board's reply boxes get the template control too.
    expect(await page.locator('form.reply-form [data-fw-action="insert-template"]').count()).toBeGreaterThan(0);
    // Both pages share the forum's origin: the forum itself is still read as Discuz! X.
    await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=4`);
    await expect.poll(() => page.locator('[data-fw-post]').count()).toBeGreaterThan(1);
    await page.close();
  });
});
