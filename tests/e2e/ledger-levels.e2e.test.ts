import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { download, ledgerShown, seededDashboard } from './dashboard-page';
import type { LedgerEntry } from '../../utils/ledger/types';
import { numberedEntry } from '../support/entry';

/** Entry `n` captured on 1 March, due on the n-th of January 2030: far ahead, so all three wait under 其他. */
function entry(n: number, title: string, level?: LedgerEntry['level']): LedgerEntry {
  const url = `http://127.0.0.1:8080/forum.php?mod=viewthread&tid=${n}`;
  const captured = numberedEntry(n, '2026-03-01 09:00', { site: '127.0.0.1:8080', url, title, author: '高亭阿强', topics: ['road_works'], dueAt: `2030-01-0${n}T17:30:00+08:00` });
  return { ...captured, ...(level && { level }) };
}

// Soonest due first: the 一般 entry, then 关注, then 紧急.
const SEED = [entry(1, '沿港西路施工太慢'), entry(2, '业主群都在说要去上访', 'watch'), entry(3, '工地脚手架倒塌有人受伤', 'urgent')];
const [NORMAL, WATCH, URGENT] = SEED as [LedgerEntry, LedgerEntry, LedgerEntry];

describe('舆情预警 levels in the popup, the 台账 and its CSV export in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let dashboard: string;

  beforeAll(async () => {
    ({ browser, page, dashboard } = await seededDashboard(SEED));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the 紧急 entry first in the popup, then 关注, though its deadline is the latest', async () => {
    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extId}/popup.html`);
    const items = popup.locator('[data-fw-ledger-item]');
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-fw-ledger-item')))).toEqual([URGENT.key, WATCH.key, NORMAL.key]);
    expect(await items.first().locator('.fw-level-tag').textContent()).toBe('紧急');
    await popup.close();
  });

  it('filters the 台账 by 紧急 to that entry alone, counted from the rebuilt tallies', async () => {
    expect(await ledgerShown(page)).toBe(3);
    await page.selectOption('select[data-fw-filter="level"]', 'urgent');
    await expect.poll(() => page.locator('[data-fw-ledger][aria-busy="false"]').getAttribute('data-fw-ledger-count')).toBe('1');
    const rows = page.locator('tr[data-fw-ledger-row]');
    expect(await rows.evaluateAll((els) => els.map((el) => [el.getAttribute('data-fw-ledger-row'), el.getAttribute('data-fw-level')]))).toEqual([[URGENT.key, 'urgent']]);
    expect(await rows.first().locator('.fw-level-tag').textContent()).toBe('紧急');
  });

  it('exports a 预警级别 column in the CSV', async () => {
    await page.goto(`${dashboard}#transfer`);
    const lines = (await download(page, 'button[data-fw-export="csv"]')).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const [header, ...rows] = lines.map((line) => line.split(','));
    const level = header!.indexOf('预警级别');
    const title = header!.indexOf('标题');
    expect(level).toBeGreaterThan(0);
    expect(Object.fromEntries(rows.map((r) => [r[title], r[level]]))).toEqual({ [NORMAL.title]: '一般', [WATCH.title]: '关注', [URGENT.title]: '紧急' });
  });
});
