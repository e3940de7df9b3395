import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, badgeText, ledgerEntry, type ExtensionBrowser } from './browser';

const MENU_ID = 'forumwatch-capture';

describe('登记到台账 from anywhere, in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(() => []);
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Headless Chromium shows no context menu to click: what the browser holds is checked here,
  // what a click does in tests/unit/background/context-menu.test.ts.
  it('puts 登记到台账 in the context menu and listens for its clicks', async () => {
    await expect
      .poll(() =>
        browser.sw.evaluate(async (id) => {
          const updated = await chrome.contextMenus.update(id, {}).then(() => true, () => false);
          return { updated, listening: chrome.contextMenus.onClicked.hasListeners() };
        }, MENU_ID),
      )
      .toEqual({ updated: true, listening: true });
    expect(await browser.sw.evaluate(() => chrome.contextMenus.update('no-such-item', {}).then(() => 'found', (e: Error) => e.message))).toContain('no-such-item');
  });

  it('saves a hand-typed entry on the 台账 panel, shows it in the table and in the popup', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extId}/dashboard.html#ledger`);
    const form = page.locator('[data-fw-manual-entry]');
    await form.locator('summary').click();
    await form.locator('[name="title"]').fill('电话反映：五叉路口井盖松动');
    await form.locator('[name="url"]').fill('javascript:alert(1)');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('[role="alert"]').textContent()).toBe('网址只能是 http:// 或 https:// 开头的网页地址');

    await form.locator('[name="url"]').fill('https://news.daishan.cn/minsheng/88.html');
    await form.locator('[name="author"]').fill('王先生');
    await form.locator('[name="excerpt"]').fill('晚上骑车差点摔倒');
    await form.locator('input[name="topics"][value="municipal_maintenance"]').check();
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('[role="status"]').textContent()).toBe('已登记到台账：电话反映：五叉路口井盖松动');

    const row = page.locator('tr[data-fw-ledger-row]', { hasText: '电话反映：五叉路口井盖松动' });
    await expect.poll(() => row.count()).toBe(1);
    const key = (await row.getAttribute('data-fw-ledger-row'))!;
    expect(key).toMatch(/^manual:news\.daishan\.cn\//);
    expect(await ledgerEntry(browser.sw, key)).toMatchObject({ site: 'news.daishan.cn', author: '王先生', topics: ['municipal_maintenance'], status: 'new' });
    await expect.poll(() => badgeText(browser.sw)).toBe('1');

    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extId}/popup.html`);
    const item = popup.locator(`[data-fw-ledger-item="${key}"]`);
    await expect.poll(() => item.getAttribute('data-fw-status')).toBe('new');
    expect(await item.textContent()).toContain('电话反映：五叉路口井盖松动');
    expect(await item.getAttribute('data-fw-due')).toMatch(/\+08:00$/);
    await popup.close();
    await page.close();
  });
});
