import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDemoForum } from './suites';
import { NEWS_SELECTORS } from '../demo-selectors';

interface Profile {
  id: string;
  name: string;
  match: string;
  adapter: 'discuz' | 'generic';
  selectors: Record<string, string> | null;
  enabled: boolean;
}

describe('sites, permissions and the generic adapter in the built extension', () => {
  const env = useDemoForum();

  beforeEach(async () => {
    await setSites([]);
  });

  async function setSites(sites: Profile[]): Promise<void> {
    await env.browser.sw.evaluate(async (next) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, sites: next } });
    }, sites);
  }

  const ourScripts = () =>
    env.browser.sw.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts())
        .filter((s: { id: string }) => s.id.startsWith('fw-site-'))
        .map((s: { id: string; matches: string[] }) => ({ id: s.id, matches: s.matches })),
    );

  async function dashboard(): Promise<Page> {
    const page = await env.browser.ctx.newPage();
    await page.goto(`chrome-extension://${env.browser.extId}/dashboard.html#sites`);
    await page.locator('[data-fw-panel="sites"] [data-fw-site-add]').waitFor();
    return page;
  }

  it('a generic profile for the local origin makes the content script mark news comments and offer capture', async () => {
    await setSites([{ id: 'news', name: '岱山新闻网', match: 'http://127.0.0.1/*', adapter: 'generic', selectors: NEWS_SELECTORS, enabled: true }]);
    // The built-in script of this build covers the local origin: the profile needs no second copy.
    expect(await ourScripts()).toEqual([]);
    const page = await env.browser.ctx.newPage();
    await page.goto(`${env.forum.url}/news/comments.html?id=1`);
    const posts = page.locator('[data-fw-post]');
    await expect.poll(() => posts.count(), { timeout: 10_000 }).toBe(3);
    const keys = await posts.evaluateAll((els) => els.map((el) => [el.id, el.getAttribute('data-fw-post')]));
    expect(keys.map(([id]) => id)).toEqual(['c1', 'c2', 'c3']);
    for (const [id, key] of keys) expect(key).toMatch(new RegExp(`^127\\.0\\.0\\.1:\\d+/t\\w+/p${id}$`));
    for (let i = 0; i < 3; i++) await expect.poll(() => posts.nth(i).locator('[data-fw-action="capture"]').count()).toBe(1);
    // The road-works comment is matched by the default topics.
    expect(await posts.first().getAttribute('data-fw-topics')).toContain('road');

    await posts.first().locator('[data-fw-action="capture"]').click();
    await expect.poll(() => posts.first().getAttribute('data-fw-state')).toBe('new');
    await page.close();
  });

  it('the Sites panel refuses a bad address pattern with a message and adds a good one', async () => {
    const page = await dashboard();
    await page.locator('[data-fw-site-name]').fill('新闻网');
    await page.locator('[data-fw-site-match]').fill('ftp://news.example.cn/*');
    await page.locator('[data-fw-site-submit]').click();
    await expect.poll(() => page.locator('[data-fw-site-error]').textContent()).toContain('只能使用 http:// 或 https://');
    await page.locator('[data-fw-site-match]').fill('https://*/*');
    await expect.poll(() => page.locator('[data-fw-site-error]').textContent()).toContain('不能对所有网站授权');
    expect(await page.locator('tr[data-fw-site]').count()).toBe(0);

    await page.locator('[data-fw-site-match]').fill('https://news.example.cn/a/1.html');
    await page.locator('[data-fw-site-submit]').click();
    const row = page.locator('tr[data-fw-site]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('code').textContent()).toBe('https://news.example.cn/*');
    expect(await row.getAttribute('data-fw-site-state')).toBe('off');
    await page.close();
  });

  it('enabling a site the built-in script already covers switches it on without a second copy of the script', async () => {
    await setSites([{ id: 'local', name: '本机论坛', match: 'http://localhost/*', adapter: 'discuz', selectors: null, enabled: false }]);
    const page = await dashboard();
    const row = page.locator('tr[data-fw-site="local"]');
    await row.locator('[data-fw-site-toggle]').click();
    await expect.poll(() => row.getAttribute('data-fw-site-state')).toBe('on');
    // Registration for other origins is checked on the store build (store-build.e2e.test.ts).
    expect(await ourScripts()).toEqual([]);
    await row.locator('[data-fw-site-toggle]').click();
    await expect.poll(() => row.getAttribute('data-fw-site-state')).toBe('off');
    await page.close();
  });

  it('imports site profiles from a file all or nothing', async () => {
    const page = await dashboard();
    const input = page.locator('input[type=file][data-fw-sites-import]');
    const file = (sites: unknown[]) => ({ name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'forumwatch-sites', version: 1, sites })) });
    const good = { name: '公众留言', match: 'https://zjj.example.gov.cn/*', adapter: 'discuz', selectors: null };
    await input.setInputFiles(file([good, { ...good, name: '坏的', match: 'javascript:alert(1)' }]));
    const message = page.locator('[data-fw-sites-message]');
    await expect.poll(() => message.textContent()).toContain('sites[1].match: 不是有效的网址范围');
    expect(await message.getAttribute('class')).toContain('fw-error');
    expect(await page.locator('tr[data-fw-site]').count()).toBe(0);

    await input.setInputFiles(file([good]));
    await expect.poll(() => page.locator('tr[data-fw-site]').count()).toBe(1);
    expect(await message.getAttribute('class')).toContain('fw-ok');
    expect(await page.locator('tr[data-fw-site] code').textContent()).toBe('https://zjj.example.gov.cn/*');
    await page.close();
  });

  it('the element picker builds a profile on the message board and the preview shows what it finds', async () => {
    await setSites([{ id: 'gov', name: '公众留言', match: 'http://127.0.0.1/*', adapter: 'generic', selectors: null, enabled: false }]);
    const board = await env.browser.ctx.newPage();
    await board.goto(`${env.forum.url}/gov/messages.html`);
    const page = await dashboard();
    await page.locator('tr[data-fw-site="gov"] [data-fw-site-edit]').click();
    const editor = page.locator('[data-fw-site-editor="gov"]');

    async function pick(field: string, target: string) {
      await editor.locator(`[data-fw-pick="${field}"]`).click();
      await board.locator(target).hover();
      await board.locator(target).click();
      await expect.poll(() => editor.locator(`[data-fw-selector="${field}"]`).inputValue()).not.toBe('');
    }

    await pick('post', '#msg-2 .msg-content');
    const postSel = await editor.locator('[data-fw-selector="post"]').inputValue();
    expect(await board.locator(postSel).evaluateAll((els) => els.map((el) => el.id))).toEqual(['msg-1', 'msg-2', 'msg-3']);
    await pick('author', '#msg-2 .msg-user');
    await pick('time', '#msg-2 time');
    await pick('body', '#msg-2 .msg-content');
    await pick('replyBox', '#msg-1 .reply-editor');
    // Picking swallows the page's own click handling.
    expect(await board.evaluate(() => document.activeElement?.className ?? '')).not.toContain('reply-editor');

    await editor.locator('[data-fw-preview-run]').click();
    const preview = editor.locator('[data-fw-preview]');
    await expect.poll(() => preview.getAttribute('data-fw-preview-count')).toBe('3');
    const rows = await preview.locator('[data-fw-preview-post]').evaluateAll((els) => els.map((el) => [...el.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.map((r) => r[0])).toEqual(['李先生', '陈女士', '王先生']);
    expect(rows[0]![1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows[0]![2]).toContain('东港新城6幢2单元楼道灯');
    expect(await preview.locator('[data-fw-preview-problems]').count()).toBe(0);

    await editor.locator('[data-fw-selectors-save]').click();
    const saved = await env.browser.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.sites[0].selectors);
    expect(saved.post).toBe(postSel);
    expect(saved.replyBox).toBe('.reply-editor');
    await Promise.all([page.close(), board.close()]);
  });

  it('closing the profile editor in the middle of a pick takes the picker off the site’s page', async () => {
    await setSites([{ id: 'gov', name: '公众留言', match: 'http://127.0.0.1/*', adapter: 'generic', selectors: null, enabled: false }]);
    const board = await env.browser.ctx.newPage();
    await board.goto(`${env.forum.url}/gov/messages.html`);
    const page = await dashboard();
    const edit = page.locator('tr[data-fw-site="gov"] [data-fw-site-edit]');
    await edit.click();
    await page.locator('[data-fw-site-editor="gov"] [data-fw-pick="post"]').click();
    const picker = board.locator('[data-fw-ui="picker"]');
    await expect.poll(() => picker.count()).toBe(1);
    await edit.click();
    await expect.poll(() => page.locator('[data-fw-site-editor]').count()).toBe(0);
    await expect.poll(() => picker.count()).toBe(0);
    await Promise.all([page.close(), board.close()]);
  });
});
