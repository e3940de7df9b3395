import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { ledgerShown, seededDashboard } from './dashboard-page';
import type { LedgerEntry } from '../../utils/ledger/types';
import { newEntry } from '../../utils/ledger/capture';

function entry(n: number, title: string, author: string, excerpt: string): LedgerEntry {
  const post = { key: `127.0.0.1:8080/t${n}/p${n}`, site: '127.0.0.1:8080', tid: String(n), pid: String(n), title, url: `http://127.0.0.1:8080/forum.php?mod=viewthread&tid=${n}` };
  return newEntry({ ...post, author, authorUid: null, postedAt: null, excerpt, topics: ['road_works'] }, `2026-03-0${n}T09:00:00+08:00`, null, null);
}

const SEED = [
  entry(1, '沿港西路施工太慢', '高亭阿强', '路面挖开两个月了'),
  entry(2, '小区门口井盖丢了', '东沙居民', '晚上很危险'),
  entry(3, '违章搭建没人管', '高亭阿强', '楼顶加盖了一层ＡＢＣ板房'),
];

describe('the 台账 search box in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await seededDashboard(SEED));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const found = async (words: string) => {
    await page.fill('input[data-fw-filter="search"]', words);
    const table = page.locator(`[data-fw-ledger][aria-busy="false"][data-fw-ledger-shown="${new URLSearchParams({ search: words, sort: '-capturedAt' })}"]`);
    await table.waitFor();
    return page.locator('tr[data-fw-ledger-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-fw-ledger-row')));
  };

  it('finds entries written around the extension by words in their title, author or excerpt, newest first', async () => {
    expect(await ledgerShown(page)).toBe(3);
    expect(await found('井盖')).toEqual([SEED[1]!.key]);
    expect(await found('高亭')).toEqual([SEED[2]!.key, SEED[0]!.key]);
    expect(await found('路 两个月')).toEqual([SEED[0]!.key]);
    expect(await found('abc')).toEqual([SEED[2]!.key]);
    expect(await found('没有这个词')).toEqual([]);
  });

  it('finds an entry registered by hand while a search is shown', async () => {
    expect(await found('窨井')).toEqual([]);
    const form = page.locator('[data-fw-manual-entry]');
    await form.locator('summary').click();
    await form.locator('[name="title"]').fill('窨井冒水');
    await form.locator('[name="excerpt"]').fill('一到下雨就冒');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('[role="status"]').textContent()).toBe('已登记到台账：窨井冒水');
    await expect.poll(() => page.locator('tr[data-fw-ledger-row] td:nth-child(3)').allTextContents()).toEqual([expect.stringContaining('窨井冒水')]);
  });
});
