import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, waitUntilGone, type ExtensionFirefox } from './firefox';

// chart.js and OpenCC are separate chunks the dashboard imports when a panel needs them.
describe('dashboard panels that load their libraries when opened, in Firefox ESR', () => {
  let firefox: ExtensionFirefox;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension(() => []);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('statistics: the monthly chart is drawn', async () => {
    const page = await firefox.openExtensionPage('dashboard.html#stats');
    await page.waitForSelector('[data-fw-stats="month-topic"] canvas');
    await waitUntilGone(page, '[data-fw-chart-loading]');
    await page.close();
  });

  it('topics: the preview loads the word lists, then marks a post typed in Traditional characters', async () => {
    const page = await firefox.openExtensionPage('dashboard.html#topics');
    await page.waitForSelector('.fw-preview textarea');
    await waitUntilGone(page, '[data-fw-preview-loading]');
    await page.type('.fw-preview textarea', '小区门口的路燈壞了好幾天');
    const result = await page.waitForSelector('[data-fw-preview-result]');
    expect(await result!.evaluate((el) => el.textContent)).toBe('市政维护（路燈）');
    await page.close();
  });
});
