import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { LEDGER_COLUMNS } from '../../utils/transfer/rows';
import type { LedgerEntry } from '../../utils/ledger/types';
import { numberedEntry } from '../support/entry';
import { ledgerStore } from './ledger-store';
import { download, ledgerShown, seededDashboard } from './dashboard-page';

const HOSTILE = '<img src=x onerror="window.__pwned=1">五叉路口路面塌陷';

/** Entry `n` on the demo forum, captured on the n-th of March at 09:00 and due at 17:30. */
function entry(n: number, overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return numberedEntry(n, `2026-03-0${n} 09:00`, {
    site: '127.0.0.1:8080',
    url: `http://127.0.0.1:8080/forum.php?mod=viewthread&tid=${n}`,
    author: '高亭阿强',
    authorUid: '6',
    excerpt: '路面下沉',
    topics: ['municipal_maintenance'],
    dueAt: `2026-03-0${n}T17:30:00+08:00`,
    ...overrides,
  });
}

const SEED = [
  entry(1, { title: HOSTILE }),
  entry(2, {
    status: 'replied',
    department: '市政所',
    reply: { at: '2026-03-02T11:00:00+08:00', author: '市政所老李', url: 'http://127.0.0.1:8080/forum.php?mod=redirect&pid=99', pid: '99', detected: true },
  }),
  entry(3, { status: 'closed', topics: ['road_works'] }),
];

describe('dashboard: ledger table, exports, backup and restore in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let dashboard: string;

  beforeAll(async () => {
    ({ browser, page, dashboard } = await seededDashboard(SEED));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a title with markup as text in the ledger table', async () => {
    expect(await ledgerShown(page)).toBe(3);
    const row = page.locator(`tr[data-fw-ledger-row="${SEED[0]!.key}"]`);
    await expect.poll(() => row.textContent()).toContain(HOSTILE);
    expect(await page.locator('[data-fw-ledger] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('filters the table by status', async () => {
    await page.selectOption('select[data-fw-filter="status"]', 'new');
    await expect.poll(() => page.locator('[data-fw-ledger]').getAttribute('data-fw-ledger-shown')).toBe('status=new&sort=-capturedAt');
    expect(await ledgerShown(page)).toBe(1);
    await page.selectOption('select[data-fw-filter="status"]', '');
  });

  it('opens the details of an entry below the table at 1280 and 1024 px wide, so no column is squeezed; beside it only on wide screens', async () => {
    const boxes = () => Promise.all(['.fw-ledger-layout', '.fw-ledger-scroll', 'th.fw-col-title', '.fw-ledger-details'].map((s) => page.locator(s).boundingBox()));
    for (const width of [1280, 1024, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await page.locator(`tr[data-fw-ledger-row="${SEED[1]!.key}"]`).click();
      await page.locator('.fw-ledger-details').waitFor();
      const [layout, table, title, details] = await boxes();
      // Room for about a dozen characters of the title whatever the width; narrower screens scroll sideways.
      expect(title!.width).toBeGreaterThanOrEqual(180);
      if (width < 1800) {
        expect(details!.y).toBeGreaterThanOrEqual(table!.y + table!.height);
        expect(table!.width).toBeCloseTo(layout!.width, 0);
      } else {
        expect(details!.x).toBeGreaterThanOrEqual(table!.x + table!.width);
        expect(table!.width).toBeGreaterThanOrEqual(1060);
      }
      await page.click('.fw-details-close');
    }
    await page.setViewportSize({ width: 1100, height: 800 });
  });

  it('prints the monthly report with every chart clear of the table under it', async () => {
    await page.goto(`${dashboard}#stats`);
    await page.selectOption('select[data-fw-period]', 'custom');
    await page.fill('input[data-fw-period-from]', '2026-03-01');
    await page.fill('input[data-fw-period-to]', '2026-03-31');
    await page.locator('[data-fw-stats-state="ready"] .fw-report').waitFor();
    // The charts load chart.js when they mount: the report is printed once they are drawn.
    await expect.poll(() => page.locator('[data-fw-chart-loading]').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll('.fw-chart')].map((chart) => {
        const canvas = chart.querySelector('canvas')!.getBoundingClientRect();
        const table = chart.parentElement!.querySelector('table')!.getBoundingClientRect();
        return table.top - canvas.bottom;
      }),
    );
    await page.emulateMedia({ media: null });
    // 各月舆情数量, 各月预警级别, 各来源情况, 各部门情况
    expect(gaps).toHaveLength(4);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(0);
  });

  it('keeps the report on screen through a change of period and redraws its charts in place', async () => {
    // Follows the March report above, drawn.
    const marked = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-fw-stats="month-topic"] canvas')!;
      (canvas as HTMLCanvasElement & { fwMark?: boolean }).fwMark = true;
      return canvas.toDataURL();
    });
    await page.fill('input[data-fw-period-from]', '2026-02-01');
    await page.locator('[data-fw-stats="month-topic"] tr[data-fw-month="2026-02"]').waitFor();
    const monthChart = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-fw-stats="month-topic"] canvas')!;
        return { same: (canvas as HTMLCanvasElement & { fwMark?: boolean }).fwMark === true, image: canvas.toDataURL() };
      });
    // The same canvas, drawn again with February's column.
    await expect.poll(async () => (await monthChart()).image !== marked).toBe(true);
    expect((await monthChart()).same).toBe(true);
    expect(await page.locator('[data-fw-chart-loading]').count()).toBe(0);
  });

  it('exports the 台账 as .xlsx with the office columns', async () => {
    await page.goto(`${dashboard}#transfer`);
    const sheet = await readSheet(await download(page, 'button[data-fw-export="xlsx"]'));
    expect(sheet[0]).toEqual([...LEDGER_COLUMNS]);
    expect(sheet).toHaveLength(4);
    // Oldest capture first: row 1 is the post with markup in its title, kept as text.
    expect(sheet[1]?.slice(0, 4)).toEqual([1, '2026-03-01 09:00', '127.0.0.1:8080', HOSTILE]);
    expect(sheet[1]?.[6]).toBe('市政维护');
    expect(sheet[2]?.slice(8, 13)).toEqual(['市政所', '已回复', '2026-03-02 11:00', 'http://127.0.0.1:8080/forum.php?mod=redirect&pid=99', '是']);
    expect(sheet[3]?.[9]).toBe('已办结');
  });

  it('exports CSV that Excel opens as UTF-8 (BOM)', async () => {
    const csv = await download(page, 'button[data-fw-export="csv"]');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('序号,发现时间,来源,标题');
  });

  it('backs up, restores into an emptied ledger, and refuses a broken backup without changing anything', async () => {
    const backup = (await download(page, 'button[data-fw-export="backup"]')).toString('utf8');
    expect(JSON.parse(backup).entries).toHaveLength(3);

    await ledgerStore(page, 'clear');
    await page.goto(`${dashboard}#ledger`);
    await page.reload();
    expect(await ledgerShown(page)).toBe(0);

    await page.goto(`${dashboard}#transfer`);
    await page.setInputFiles('input[data-fw-restore]', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.click('button[data-fw-confirm-restore]');
    await page.locator('[data-fw-result="restore"][data-fw-ok="true"]').waitFor();
    expect(await ledgerStore(page, 'count')).toBe(3);

    const broken = JSON.parse(backup);
    broken.entries[2].status = 'archived';
    await page.setInputFiles('input[data-fw-restore]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const error = page.locator('[data-fw-result="restore"][data-fw-ok="false"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('entries[2].status');
    expect(await page.locator('button[data-fw-confirm-restore]').count()).toBe(0);
    expect(await ledgerStore(page, 'count')).toBe(3);

    await page.goto(`${dashboard}#ledger`);
    expect(await ledgerShown(page)).toBe(3);
  });

  it('imports settings through input[data-fw-import], and export → import round-trips', async () => {
    await page.goto(`${dashboard}#transfer`);
    const exported = JSON.parse((await download(page, 'button[data-fw-export="settings"]')).toString('utf8'));
    exported.settings.user = { name: '城建科小王', department: '城建科' };
    const text = `${JSON.stringify(exported, null, 2)}\n`;
    await page.setInputFiles('input[type=file][data-fw-import]', { name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('[data-fw-result="settings"][data-fw-ok="true"]').waitFor();
    const stored = await browser.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(stored).toEqual(exported.settings);
    const again = JSON.parse((await download(page, 'button[data-fw-export="settings"]')).toString('utf8'));
    expect(again).toEqual(exported);
  });

  it('shows the storage used and asks for persistent storage', async () => {
    const section = page.locator('[data-fw-storage]');
    await section.waitFor();
    expect(Number(await page.locator('[data-fw-storage-usage]').getAttribute('data-fw-storage-usage'))).toBeGreaterThan(0);
    const persist = page.locator('button[data-fw-persist]');
    if (await persist.count()) await persist.click();
    await expect.poll(() => section.getAttribute('data-fw-persisted')).toMatch(/^(true|false)$/);
  });
});
