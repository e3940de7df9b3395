import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveManualEntry, type ManualInput } from '@/utils/ledger/manual-entry';
import { STATUS_ZH } from '@/utils/i18n/status-zh';
import { defaultSettings } from '@/utils/settings/defaults';
import { captureContext } from '@/utils/ledger/capture-context';
import { bySite } from '@/utils/stats/ledger-stats';
import { thisYear } from '@/utils/stats/period';
import { ledgerCsv } from '@/utils/transfer/csv';
import { LEDGER_COLUMNS, ledgerRows } from '@/utils/transfer/rows';
import { exportBackup, parseBackup } from '@/utils/transfer/backup';
import { fromWall } from '@/utils/time/shanghai';
import { makeEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';

const NOW = fromWall(2026, 11, 24, 10, 0);
const LATER = fromWall(2026, 11, 25, 10, 0);
const settings = defaultSettings();
const NAMES = { topics: { road_works: '道路工程' }, statuses: STATUS_ZH, sites: [{ name: '岱山论坛', match: 'https://bbs.daishan.cn/*' }] };

const typed = (over: Partial<ManualInput>): ManualInput => ({ title: '电话反映：井盖松动', url: null, author: '王先生', postedAt: null, excerpt: '', topics: ['road_works'], ...over });

async function ledger() {
  const db = freshDb();
  const ctx = captureContext(settings, NOW);
  const withAddress = await saveManualEntry(db, typed({ title: '新闻网评论：路灯不亮', url: 'https://news.daishan.cn/c/88.html' }), ctx);
  const withoutAddress = await saveManualEntry(db, typed({}), ctx);
  const forumPost = makeEntry({ capturedAt: '2026-11-24T09:00:00+08:00' });
  await db.entries.add(forumPost);
  return { db, withAddress, withoutAddress, forumPost };
}

describe('entries captured from anywhere in statistics and exports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts them per site: the address’s host, or 手工登记 without an address', async () => {
    const { db } = await ledger();
    const counts = bySite(await db.entries.toArray(), { ...thisYear(NOW), now: NOW });
    expect(Object.fromEntries(Object.entries(counts).map(([site, c]) => [site, c.captured]))).toEqual({
      'news.daishan.cn': 1,
      手工登记: 1,
      'bbs.daishan.cn': 1,
    });
  });

  it('exports them as rows with their source, an empty link when there is none, and the topic’s department', async () => {
    const { withAddress, withoutAddress } = await ledger();
    const [a, b] = ledgerRows([withAddress, withoutAddress], NAMES, LATER);
    const department = settings.topics[0]!.department;
    expect(a!.slice(2, 10)).toEqual(['news.daishan.cn', '新闻网评论：路灯不亮', 'https://news.daishan.cn/c/88.html', '王先生', '道路工程', '一般', department, '新登记']);
    expect(b!.slice(2, 10)).toEqual(['手工登记', '电话反映：井盖松动', '', '王先生', '道路工程', '一般', department, '新登记']);
    // Unanswered past the deadline: late, like any post.
    expect(a![LEDGER_COLUMNS.indexOf('是否按时')]).toBe('否');
    expect(ledgerCsv([withoutAddress], NAMES, LATER).split('\r\n')[1]).toContain(',手工登记,电话反映：井盖松动,,王先生,');
  });

  it('survives a backup and its restore, the entry without an address too', async () => {
    const { db } = await ledger();
    const text = exportBackup({ settings, entries: await db.entries.toArray(), events: await db.events.toArray() });
    const parsed = parseBackup(text);
    expect(parsed.ok ? parsed.data.entries.map((e) => e.site).sort() : parsed.errors).toEqual(['bbs.daishan.cn', 'news.daishan.cn', '手工登记']);
  });
});
