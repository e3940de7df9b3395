import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { CHINESE_DAYS_2027 } from '../unit/deadline/calendar-2027';

// Before the package knows 2027: the warning is due whatever today's date is.
const TODAY = new Date('2026-12-01T10:00:00+08:00');

async function openAt(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.clock.setFixedTime(TODAY);
  await page.goto(`chrome-extension://${browser.extId}/${path}`);
  return page;
}

describe('日历与时限: loading a newer holiday file in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension(() => []);
    page = await openAt(browser, 'dashboard.html#calendar');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('warns about 2027 in the popup, with a way to load the data', async () => {
    const popup = await openAt(browser, 'popup.html');
    const warning = popup.locator('[data-fw-calendar-warning]');
    await expect.poll(() => warning.textContent()).toContain('日历缺少 2027 年的节假日数据');
    expect(await warning.locator('[data-fw-action="calendar-load"]').textContent()).toBe('载入日历文件…');
    await popup.close();
  });

  it('warns about 2027 and opens the file chooser from the warning', async () => {
    const warning = page.locator('[data-fw-calendar-warning]');
    await expect.poll(() => warning.textContent()).toContain('日历缺少 2027 年的节假日数据');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), warning.locator('[data-fw-action="calendar-load"]').click()]);
    await chooser.setFiles({ name: '2027.json', mimeType: 'application/json', buffer: Buffer.from(CHINESE_DAYS_2027) });
    await expect.poll(() => page.locator('[data-fw-calendar-load]').getAttribute('data-fw-calendar-load')).toBe('ok');
    await expect.poll(() => warning.count()).toBe(0);
    expect(await page.locator('[data-fw-calendar-source="file"]').textContent()).toContain('2027.json');
  });

  it('carries a deadline over the 2027 Spring Festival', async () => {
    await page.fill('input[name=previewAt]', '2027-02-04T18:00');
    await expect.poll(() => page.locator('[data-fw-preview-due]').getAttribute('data-fw-preview-due')).toBe('2027-02-15T17:30:00+08:00');
  });

  it('keeps the data for the popup and after a reload', async () => {
    const popup = await openAt(browser, 'popup.html');
    await popup.locator('.fw-popup').waitFor();
    // The popup has read its settings and the loaded data once its empty-ledger text is there.
    await popup.locator('.fw-empty').waitFor();
    expect(await popup.locator('[data-fw-calendar-warning]').count()).toBe(0);
    await page.reload();
    await page.locator('[data-fw-calendar-source="file"]').waitFor();
    expect(await page.locator('[data-fw-calendar-warning]').count()).toBe(0);
  });
});
