import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, ledgerEntry, type ExtensionBrowser } from './browser';

const POSTS = [
  { title: '沿港西路改建都快半年了，到底什么时候能完工？', url: 'https://bbs.daishan.cn/thread-14-1-1.html', excerpt: '从五月份开始围挡施工，到现在还是半幅通行' },
  { title: '沿港西路早高峰堵到客运码头', url: 'https://bbs.daishan.cn/thread-51-1-1.html', excerpt: '公交车一趟要多开二十分钟' },
  { title: '沿港西路施工段晚上黑灯瞎火', url: 'https://bbs.daishan.cn/thread-57-1-1.html', excerpt: '挖开的沟边上就拉了一根警戒带' },
];
const THREAD = 'https://bbs.daishan.cn/thread-60-1-1.html';

describe('热点 on the 台账 page, in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(() => []);
    await browser.sw.evaluate(async () => {
      while (!(await chrome.storage.local.get('settings')).settings) await new Promise((ok) => setTimeout(ok, 50));
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('groups three captures about one road into one 热点 with its 专帖, and marks all three 已回复 with the 专帖 link', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extId}/dashboard.html#ledger`);
    const form = page.locator('[data-fw-manual-entry]');
    await form.locator('summary').click();
    for (const post of POSTS) {
      await form.locator('[name="title"]').fill(post.title);
      await form.locator('[name="url"]').fill(post.url);
      await form.locator('[name="excerpt"]').fill(post.excerpt);
      await form.locator('input[name="topics"][value="road_works"]').check();
      await form.locator('button[type="submit"]').click();
      await expect.poll(() => form.locator('[role="status"]').textContent()).toBe(`已登记到台账：${post.title}`);
    }

    const hot = page.locator('[data-fw-hot="road_works|沿港西路"]');
    await expect.poll(() => hot.locator('[data-fw-hot-entry]').count()).toBe(3);
    expect(await page.locator('[data-fw-hot]').count()).toBe(1);
    const links = await hot.locator('[data-fw-hot-entry] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.sort()).toEqual(POSTS.map((p) => p.url).sort());

    await hot.locator('.fw-hot-thread summary').click();
    expect(await hot.locator('[data-fw-hot-thread-title]').inputValue()).toBe('关于沿港西路道路工程问题的情况说明和整改安排');
    const body = await hot.locator('[data-fw-hot-thread-body]').inputValue();
    expect(body).toContain('深表歉意');
    expect(body).toContain('二、整改措施和时间安排');
    for (const post of POSTS) expect(body).toContain(`${post.title}（${post.url}）`);

    await hot.locator('[name="thread-url"]').fill('javascript:alert(1)');
    await hot.locator('[data-fw-action="hot-reply-all"]').click();
    await expect.poll(() => hot.locator('[role="status"]').textContent()).toContain('专帖的链接');
    expect(await hot.locator('[data-fw-hot-entry][data-fw-status="new"]').count()).toBe(3);

    await hot.locator('[name="thread-url"]').fill(THREAD);
    await hot.locator('[data-fw-action="hot-reply-all"]').click();
    await expect.poll(() => hot.locator('[role="status"]').textContent()).toBe('已将 3 条标记为已回复');
    await expect.poll(() => hot.locator('[data-fw-hot-entry][data-fw-status="replied"]').count()).toBe(3);
    const keys = await hot.locator('[data-fw-hot-entry]').evaluateAll((els) => els.map((el) => el.getAttribute('data-fw-hot-entry')!));
    for (const key of keys) expect(await ledgerEntry(browser.sw, key)).toMatchObject({ status: 'replied', reply: { url: THREAD, detected: false } });
    await page.close();
  });
});
