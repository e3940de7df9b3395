import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { ledgerShown, seededDashboard } from './dashboard-page';
import type { LedgerEntry } from '../../utils/ledger/types';
import { newEntry } from '../../utils/ledger/capture';

/** Enough entries that building the search index takes seconds, so its progress can be watched. */
const ENTRIES = 10_000;

function entry(n: number): LedgerEntry {
  const post = { key: `127.0.0.1:8080/t${n}/p${n}`, site: '127.0.0.1:8080', tid: String(n), pid: String(n), title: `帖子${n} 路面破损`, url: `http://127.0.0.1:8080/forum.php?mod=viewthread&tid=${n}` };
  const excerpt = n === 4321 ? '五叉路口窨井盖松动' : '坑洼不平';
  return newEntry({ ...post, author: `网友${n}`, authorUid: null, postedAt: null, excerpt, topics: ['road_works'] }, '2026-03-02T09:00:00+08:00', null, null);
}

interface Seen {
  label: string | null;
  now: number;
  max: number;
}

/** Reads the building notice's progress bar every animation frame until the notice is gone. */
function watchBuild(page: Page): Promise<Seen[]> {
  return page.evaluate(
    () =>
      new Promise<Seen[]>((resolve) => {
        const seen: Seen[] = [];
        let appeared = false;
        const look = () => {
          const bar = document.querySelector('[data-fw-tallies-building] progress[data-fw-progress]');
          if (bar) {
            appeared = true;
            seen.push({ label: bar.getAttribute('aria-label'), now: Number(bar.getAttribute('aria-valuenow')), max: Number(bar.getAttribute('aria-valuemax')) });
          } else if (appeared) return resolve(seen);
          requestAnimationFrame(look);
        };
        look();
        // Never seen, or never gone: the assertions then say what was seen.
        setTimeout(() => resolve(seen), 90_000);
      }),
  );
}

describe('the 台账 after entries were written around the extension (as after an upgrade)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let seen: Seen[];

  beforeAll(async () => {
    ({ browser, page } = await seededDashboard(Array.from({ length: ENTRIES }, (_, i) => entry(i + 1))));
    seen = await watchBuild(page);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the search index being built with rising progress, then the counters, then goes away', () => {
    const index = seen.filter((s) => s.label === '正在为台账搜索建立索引（只需一次）');
    expect(index.length).toBeGreaterThan(1);
    expect(index.every((s) => s.max === ENTRIES)).toBe(true);
    // Seen part-way, and never going back.
    expect(index.some((s) => s.now > 0 && s.now < ENTRIES)).toBe(true);
    expect(index.every((s, i) => i === 0 || s.now >= index[i - 1]!.now)).toBe(true);
    const afterIndex = seen.slice(seen.indexOf(index.at(-1)!) + 1);
    expect(afterIndex.every((s) => s.label === '正在整理台账的计数和统计（只需一次）')).toBe(true);
  });

  it('then counts every entry and finds one by a word of its text', async () => {
    expect(await ledgerShown(page)).toBe(ENTRIES);
    await page.fill('input[data-fw-filter="search"]', '窨井');
    const table = page.locator(`[data-fw-ledger][aria-busy="false"][data-fw-ledger-shown="${new URLSearchParams({ search: '窨井', sort: '-capturedAt' })}"]`);
    await table.waitFor();
    expect(await page.locator('tr[data-fw-ledger-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-fw-ledger-row')))).toEqual([entry(4321).key]);
  });
});
