import { beforeAll, describe, expect, it } from 'vitest';
import { LedgerDb } from '@/utils/ledger/db';
import { EMPTY_FILTER, indexedKeys, searchKeys, type LedgerFilter, type LedgerSort, type SortKey } from '@/utils/ledger/ledger-query';
import { allHits, firstHits } from '@/utils/ledger/text-search';
import { rebuildLedgerIndexes } from '@/utils/ledger/tally-rebuild';
import { INDEXED_EXCERPT_CHARS } from '@/utils/ledger/search-grams';
import type { LedgerEntry } from '@/utils/ledger/types';
import { sh } from '../ledger/helpers';
import { generatedEntries, random } from './generated-ledger';

const NOW = sh('2026-02-20 12:00');

// Phrases of every frequency, in Simplified and Traditional script, full-width and Latin capitals.
const PHRASES = ['五叉路口', '路面塌陷', '路灯坏了', '井盖丢了', '違章建築', '违章搭建', '电梯 ＡＢＣ 故障', 'Lift 停运', '下雨天积水', '拆迁补偿', '<b>危险</b>'];
const AUTHORS = ['网友12', '网友123', '岱山老百姓', 'ＫＩＭ'];

/** The generated ledger with varied words in titles, authors and excerpts; some excerpts run past what is indexed. */
function wordyEntries(count: number, seed: number): LedgerEntry[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const phrases = (n: number) => Array.from({ length: n }, () => pick(PHRASES)).join(rnd() < 0.5 ? '' : '，');
  return generatedEntries(count, seed).map((e, n) => {
    const long = n % 97 === 5;
    const excerpt = phrases(1 + Math.floor(rnd() * 4));
    return {
      ...e,
      title: `${n % 3 ? '路' : '街'}${phrases(1 + Math.floor(rnd() * 2))}`,
      author: pick(AUTHORS),
      // A long excerpt's own words come after the indexed part only.
      excerpt: long ? `${'。'.repeat(INDEXED_EXCERPT_CHARS)}${excerpt}尾巴里的话` : excerpt,
    };
  });
}

const QUERIES = [
  '路', '街', '面', '路面', '路面塌陷', '井盖', '井盖 路灯', '面 路', '违章', '違章', '建築', 'abc', 'ＡＢＣ', 'lift', 'LIFT 停运',
  '网友12', '网友123', 'ｋｉｍ', '<b>', '尾巴里', '尾', '话', '没有的词', '口路',
];
const FILTERS: Partial<LedgerFilter>[] = [
  {},
  { status: 'new' },
  { status: 'open', topic: 'road_works' },
  { level: 'urgent' },
  { overdue: true },
  { fromDay: '2026-01-20', toDay: '2026-02-10' },
];
const SORTS: LedgerSort[] = (['capturedAt', 'dueAt', 'status'] as SortKey[]).flatMap((key) => [
  { key, desc: true },
  { key, desc: false },
]);

/** What reading every entry that passes the other filters finds. */
async function scanned(db: LedgerDb, filter: LedgerFilter, sort: LedgerSort): Promise<string[]> {
  return searchKeys(db, await indexedKeys(db, { ...filter, search: '' }, sort, NOW), filter.search);
}

async function expectScanResults(db: LedgerDb, queries: readonly string[], filters: Partial<LedgerFilter>[], sorts: readonly LedgerSort[]) {
  let hits = 0;
  for (const search of queries) {
    for (const part of filters) {
      for (const sort of sorts) {
        const filter = { ...EMPTY_FILTER, ...part, search };
        const label = JSON.stringify({ search, part, sort });
        const wanted = await scanned(db, filter, sort);
        hits += wanted.length;
        expect(await allHits(db, filter, sort, NOW), label).toEqual(wanted);
        const page = await firstHits(db, filter, sort, NOW, 30);
        expect(page.keys, label).toEqual(page.complete ? wanted : wanted.slice(0, 30));
        if (page.total !== null) expect(page.total, label).toBe(wanted.length);
      }
    }
  }
  expect(hits).toBeGreaterThan(0);
}

describe('the ledger table’s text search through the character-pair index', () => {
  let db: LedgerDb;
  beforeAll(async () => {
    db = new LedgerDb('text-search');
    // More entries than a lookup's probe reads, so common words take the walk along the table's order.
    await db.entries.bulkAdd(wordyEntries(700, 21));
    await rebuildLedgerIndexes(db);
  });

  it('finds what reading every entry finds, for common, rare and one-character words, in every order', async () => {
    await expectScanResults(db, QUERIES.slice(0, 12), FILTERS.slice(0, 2), SORTS.filter((_, i) => i % 2 === 0));
    await expectScanResults(db, ['路', '井盖', 'LIFT'], FILTERS.slice(0, 1), SORTS.filter((_, i) => i % 2 === 1));
  });

  it('finds what reading every entry finds, for Traditional, full-width and Latin words and authors', async () => {
    await expectScanResults(db, QUERIES.slice(12), FILTERS.slice(0, 2), SORTS.filter((_, i) => i % 2 === 0));
  });

  it('finds what reading every entry finds with every other filter', async () => {
    await expectScanResults(db, ['路', '井盖', '違章', 'ＡＢＣ', '尾巴里', 'lift 故障'], FILTERS, SORTS.slice(0, 2));
  });

  it('finds words that only a long excerpt’s unindexed part holds', async () => {
    const keys = await allHits(db, { ...EMPTY_FILTER, search: '尾巴里的话' }, SORTS[0]!, NOW);
    expect(keys).toHaveLength(8);
    const entries = await db.entries.bulkGet(keys);
    expect(entries.every((e) => e!.excerpt.length > INDEXED_EXCERPT_CHARS)).toBe(true);
  });

  it('follows entries changed, added and deleted after the index was built', async () => {
    await db.entries.filter((e) => e.author === '网友12').delete();
    const [first] = await db.entries.limit(1).primaryKeys();
    await db.entries.update(first!, { title: '新词：窨井冒水' });
    await db.entries.bulkPut(wordyEntries(5, 22).map((e) => ({ ...e, author: '岱山老百姓', excerpt: `${e.excerpt}窨井` })));
    const search = { ...EMPTY_FILTER, search: '窨井' };
    expect(await allHits(db, search, SORTS[0]!, NOW)).toHaveLength(6);
    await expectScanResults(db, ['窨井', '网友12', '路面'], FILTERS.slice(0, 1), SORTS.slice(0, 1));
  });

  it('finds every entry of a character followed by many others, a lookup of many rows and few entries', async () => {
    const varied = new LedgerDb('text-search-varied');
    const followers = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳';
    await varied.entries.bulkAdd(
      wordyEntries(600, 24).map((e, n) => (n % 30 === 0 ? { ...e, excerpt: `鑫${followers[(n / 30) % followers.length]}小区` } : e)),
    );
    await rebuildLedgerIndexes(varied);
    await expectScanResults(varied, ['鑫'], FILTERS.slice(0, 1), SORTS.slice(0, 1));
    expect((await firstHits(varied, { ...EMPTY_FILTER, search: '鑫' }, SORTS[0]!, NOW, 30)).total).toBe(20);
  });

  it('reads every entry while the index is not built, and finds the same', async () => {
    const unbuilt = new LedgerDb('text-search-unbuilt');
    await unbuilt.entries.bulkAdd(wordyEntries(120, 23));
    await unbuilt.tallies.clear();
    await expectScanResults(unbuilt, ['路面', '井盖 路灯', 'ＡＢＣ'], FILTERS.slice(0, 2), SORTS.slice(0, 2));
  });
});
