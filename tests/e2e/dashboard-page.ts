import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { LedgerEntry } from '../../utils/ledger/types';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { ledgerStore } from './ledger-store';

/** How many entries the dashboard's ledger table says match, once it has its whole result. */
export async function ledgerShown(page: Page): Promise<number> {
  const table = page.locator('[data-fw-ledger][aria-busy="false"]');
  await table.waitFor();
  return Number(await table.getAttribute('data-fw-ledger-count'));
}

/** The file a click on `button` downloads. */
export async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return readFile((await file.path())!);
}

/** A browser with the extension, its dashboard open on the 台账 showing `entries` (seeded around the extension's code). */
export async function seededDashboard(entries: LedgerEntry[]): Promise<{ browser: ExtensionBrowser; page: Page; dashboard: string }> {
  const browser = await launchWithExtension(() => []);
  const dashboard = `chrome-extension://${browser.extId}/dashboard.html`;
  const page = await browser.ctx.newPage();
  await page.goto(`${dashboard}#ledger`);
  await ledgerShown(page);
  await ledgerStore(page, 'seed', entries);
  await page.reload();
  return { browser, page, dashboard };
}
