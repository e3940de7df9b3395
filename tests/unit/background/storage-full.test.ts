import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import { routeMessage } from '@/entrypoints/background/router';
import { pagePost, tabAt } from './page-post';

const TAB = tabAt('http://bbs.test/forum.php?mod=viewthread&tid=9');

describe('a capture when the disk is full', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ledgerDb().entries.clear();
    await ledgerDb().events.clear();
    await saveSettings(defaultSettings());
  });
  afterEach(() => vi.restoreAllMocks());

  it('says so in words, writes nothing half, and keeps what was there', async () => {
    expect(await routeMessage({ type: 'capture', post: pagePost('bbs.test', '100') }, TAB)).toEqual({ status: 'new' });
    // The browser refuses the event's write: the entry written just before it in the same transaction must go too.
    vi.spyOn(ledgerDb().events, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const reply = (await routeMessage({ type: 'capture', post: pagePost('bbs.test', '101') }, TAB)) as { error?: string };
    expect(reply.error).toBe('浏览器存储空间不足，登记没有保存。请在 导入导出 页导出备份后清理空间。');
    expect(await ledgerDb().entries.toCollection().primaryKeys()).toEqual(['bbs.test/t9/p100']);
    expect(await ledgerDb().events.count()).toBe(1);
  });
});
