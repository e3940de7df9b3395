import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** Clicks 立即检查 on the dashboard's 后台监测 page and waits for the round to end; returns that page. */
export async function watchNow(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extId}/dashboard.html#watch`);
  // Shown once the status has loaded: the last round's time (ISO 8601), empty before the first.
  const last = page.locator('[data-fw-watch-status][data-fw-watch-last]');
  const before = await last.getAttribute('data-fw-watch-last');
  await page.locator('[data-fw-action="watch-now"]').click();
  await expect.poll(() => last.getAttribute('data-fw-watch-last'), { timeout: 80_000 }).not.toBe(before);
  return page;
}
