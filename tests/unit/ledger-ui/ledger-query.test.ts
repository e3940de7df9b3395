import { beforeAll, describe, expect, it } from 'vitest';
import type { LedgerDb } from '@/utils/ledger/db';
import { EMPTY_FILTER, firstPage, indexedKeys, querySignature, searchKeys, type LedgerFilter, type LedgerSort } from '@/utils/ledger/ledger-query';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';

const NOW = new Date('2026-03-10T12:00:00+08:00');
const NEWEST: LedgerSort = { key: 'capturedAt', desc: true };

// Ten entries with known attributes; entry n is captured on 2026-03-0n at 09:00.
const LEDGER = [
  numberedEntry(1, '2026-03-01 09:00', { status: 'closed', topics: ['road'], department: '城建科' }),
  numberedEntry(2, '2026-03-02 09:00', { status: 'new', topics: ['road', 'municipal'], dueAt: '2026-03-02T17:30:00+08:00' }),
  numberedEntry(3, '2026-03-03 09:00', { status: 'new', topics: ['municipal'], dueAt: '2026-03-11T17:30:00+08:00', title: '井盖丢了 <b>危险</b>' }),
  numberedEntry(4, '2026-03-04 09:00', { status: 'assigned', topics: ['road'], department: '市政所', dueAt: '2026-03-04T17:30:00+08:00' }),
  numberedEntry(5, '2026-03-05 09:00', { status: 'replied', topics: ['housing'], department: '市政所', dueAt: '2026-03-05T17:30:00+08:00' }),
  numberedEntry(6, '2026-03-06 09:00', { status: 'new', topics: ['road'], site: 'news.daishan.cn', author: 'ＡＢＣ网友' }),
  numberedEntry(7, '2026-03-07 09:00', { status: 'escalated', topics: [], dueAt: '2026-03-09T17:30:00+08:00', excerpt: '拆迁补偿一直没到位' }),
  numberedEntry(8, '2026-03-08 09:00', { status: 'follow_up', topics: ['demolition'], site: 'news.daishan.cn' }),
  numberedEntry(9, '2026-03-09 09:00', { status: 'new', topics: ['road'], dueAt: '2026-03-12T17:30:00+08:00' }),
  numberedEntry(10, '2026-03-10 09:00', { status: 'in_progress', topics: ['road'], department: '城建科', dueAt: '2026-03-10T11:00:00+08:00' }),
];
const n = (key: string) => Number(/\/t(\d+)\//.exec(key)![1]);

describe('ledger table query (indexes only)', () => {
  let db: LedgerDb;
  beforeAll(async () => {
    db = freshDb();
    // Stored in a scrambled order so that the order in the table comes from the indexes.
    await db.entries.bulkAdd([...LEDGER].sort((a, b) => a.title.localeCompare(b.title)));
  });
  const run = async (filter: Partial<LedgerFilter>, sort: LedgerSort = NEWEST) => (await indexedKeys(db, { ...EMPTY_FILTER, ...filter }, sort, NOW)).map(n);

  it('lists everything, newest capture first, or oldest first', async () => {
    expect(await run({})).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(await run({}, { key: 'capturedAt', desc: false })).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('filters by one status, or by every status that is not closed', async () => {
    expect(await run({ status: 'new' })).toEqual([9, 6, 3, 2]);
    expect(await run({ status: 'open' })).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2]);
  });

  it('filters by topic through the multi-entry index, and combines criteria', async () => {
    expect(await run({ topic: 'road' })).toEqual([10, 9, 6, 4, 2, 1]);
    expect(await run({ topic: 'road', status: 'new' })).toEqual([9, 6, 2]);
    expect(await run({ topic: 'road', status: 'new', site: 'news.daishan.cn' })).toEqual([6]);
    expect(await run({ department: '市政所' })).toEqual([5, 4]);
    expect(await run({ topic: 'housing', status: 'new' })).toEqual([]);
  });

  it('shows as overdue what still waits for a reply past its due time', async () => {
    // 2 (new), 4 (assigned), 7 (escalated), 10 (in progress, due 11:00) are late at 12:00; 5 is replied.
    expect(await run({ overdue: true })).toEqual([10, 7, 4, 2]);
    expect(await run({ overdue: true, department: '城建科' })).toEqual([10]);
  });

  it('limits the capture date to whole Shanghai days, both ends included', async () => {
    expect(await run({ fromDay: '2026-03-03', toDay: '2026-03-05' })).toEqual([5, 4, 3]);
    expect(await run({ fromDay: '2026-03-09' })).toEqual([10, 9]);
    expect(await run({ toDay: '2026-03-02', status: 'new' })).toEqual([2]);
    await expect(run({ fromDay: '2026-03-05', toDay: '2026-03-01' })).rejects.toThrow('结束日期早于开始日期');
  });

  it('sorts by due time with the entries that have none last, in both directions', async () => {
    expect(await run({}, { key: 'dueAt', desc: false })).toEqual([2, 4, 5, 7, 10, 3, 9, 1, 6, 8]);
    const latestFirst = await run({}, { key: 'dueAt', desc: true });
    expect(latestFirst.slice(0, 7)).toEqual([9, 3, 10, 7, 5, 4, 2]);
    expect(latestFirst.slice(7).sort((a, b) => a - b)).toEqual([1, 6, 8]);
    expect(await run({ status: 'new', fromDay: '2026-03-03' }, { key: 'dueAt', desc: false })).toEqual([3, 9, 6]);
  });

  it('sorts by workflow status, newest capture first within a status', async () => {
    expect(await run({}, { key: 'status', desc: false })).toEqual([9, 6, 3, 2, 4, 10, 5, 8, 1, 7]);
  });

  it('searches title, author and excerpt, folding full-width letters and case, every word required', async () => {
    const all = await indexedKeys(db, EMPTY_FILTER, NEWEST, NOW);
    expect((await searchKeys(db, all, '井盖')).map(n)).toEqual([3]);
    expect((await searchKeys(db, all, 'abc')).map(n)).toEqual([6]);
    expect((await searchKeys(db, all, '拆迁 补偿')).map(n)).toEqual([7]);
    expect((await searchKeys(db, all, '拆迁 井盖')).map(n)).toEqual([]);
    expect((await searchKeys(db, all, '<b>')).map(n)).toEqual([3]);
    expect(await searchKeys(db, all, '  ')).toEqual(all);
  });

  it('reports search progress and stops when cancelled', async () => {
    const all = await indexedKeys(db, EMPTY_FILTER, NEWEST, NOW);
    const seen: [number, number][] = [];
    await searchKeys(db, all, '帖子', { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([10, 10]);
    const abort = new AbortController();
    abort.abort();
    await expect(searchKeys(db, all, '帖子', { signal: abort.signal })).rejects.toThrow();
  });

  it('names the shown query in a short, stable signature', () => {
    expect(querySignature({ ...EMPTY_FILTER, status: 'new', topic: 'road', overdue: true }, NEWEST)).toBe('status=new&topic=road&overdue=1&sort=-capturedAt');
    expect(querySignature(EMPTY_FILTER, { key: 'dueAt', desc: false })).toBe('sort=dueAt');
  });
});

describe('ledger table query: index walk and record sort agree', () => {
  const STATUSES = ['new', 'assigned', 'replied', 'closed', 'closed'] as const;
  const TOPICS = ['road', 'municipal', 'housing'];
  const big = Array.from({ length: 600 }, (_, i) =>
    numberedEntry(1000 + i, `2026-0${1 + (i % 3)}-${String(1 + ((i * 7) % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00`, {
      status: STATUSES[(i * 3) % 5]!,
      topics: [TOPICS[i % 3]!],
      dueAt: i % 4 === 0 ? null : `2026-04-${String(1 + (i % 28)).padStart(2, '0')}T17:30:00+08:00`,
    }),
  );
  let db: LedgerDb;
  beforeAll(async () => {
    db = freshDb();
    await db.entries.bulkAdd(big);
  });

  /** The expected result, computed plainly in memory. */
  function reference(filter: Partial<LedgerFilter>, sort: LedgerSort): string[] {
    const rank = (s: string) => ['new', 'assigned', 'in_progress', 'awaiting_approval', 'replied', 'follow_up', 'closed', 'escalated'].indexOf(s);
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const byCapture = (a: (typeof big)[0], b: (typeof big)[0]) => cmp(a.capturedAt, b.capturedAt) || cmp(a.key, b.key);
    const rows = big.filter((e) => (!filter.status || e.status === filter.status) && (!filter.topic || e.topics.includes(filter.topic)));
    const dir = sort.desc ? -1 : 1;
    if (sort.key === 'capturedAt') rows.sort((a, b) => dir * byCapture(a, b));
    else if (sort.key === 'status') rows.sort((a, b) => dir * (rank(a.status) - rank(b.status)) || -byCapture(a, b));
    else {
      rows.sort((a, b) =>
        a.dueAt === null || b.dueAt === null
          ? Number(a.dueAt === null) - Number(b.dueAt === null) || cmp(a.key, b.key)
          : dir * (cmp(a.dueAt, b.dueAt) || cmp(a.key, b.key)),
      );
    }
    return rows.map((e) => e.key);
  }

  const cases: [Partial<LedgerFilter>, LedgerSort][] = [
    [{}, NEWEST],
    [{ status: 'closed' }, NEWEST],
    [{ topic: 'road' }, { key: 'capturedAt', desc: false }],
    [{ status: 'closed', topic: 'road' }, { key: 'dueAt', desc: true }],
    [{}, { key: 'status', desc: false }],
    [{ status: 'new' }, { key: 'dueAt', desc: false }],
  ];

  it.each(cases)('%o sorted %o matches the plain computation both ways', async (filter, sort) => {
    const wanted = reference(filter, sort);
    expect(await indexedKeys(db, { ...EMPTY_FILTER, ...filter }, sort, NOW, { recordSortBelow: 0 })).toEqual(wanted);
    expect(await indexedKeys(db, { ...EMPTY_FILTER, ...filter }, sort, NOW, { recordSortBelow: Infinity })).toEqual(wanted);
  });

  it('gives the first rows without the whole walk, and they are the start of the full result', async () => {
    const page = await firstPage(db, EMPTY_FILTER, NEWEST, NOW, 50);
    expect(page.complete).toBe(false);
    expect(page.total).toBeNull();
    expect(page.keys).toEqual(reference({}, NEWEST).slice(0, 50));
    const closed = { ...EMPTY_FILTER, status: 'closed' as const };
    const walked = await firstPage(db, closed, NEWEST, NOW, 50, { recordSortBelow: 0 });
    expect(walked).toEqual({ keys: reference(closed, NEWEST).slice(0, 50), total: 240, complete: false });
    const oldestFirst = { key: 'capturedAt' as const, desc: false };
    expect((await firstPage(db, closed, oldestFirst, NOW, 70, { recordSortBelow: 0 })).keys).toEqual(reference(closed, oldestFirst).slice(0, 70));
    // A date range: the walk stays inside it and reports when it has everything.
    const february = { ...EMPTY_FILTER, fromDay: '2026-02-01', toDay: '2026-02-28' };
    const inFebruary = await indexedKeys(db, february, NEWEST, NOW);
    expect(inFebruary).toHaveLength(200);
    expect((await firstPage(db, february, NEWEST, NOW, 50)).keys).toEqual(inFebruary.slice(0, 50));
    expect(await firstPage(db, february, NEWEST, NOW, 500)).toEqual({ keys: inFebruary, total: 200, complete: true });
    const all = await indexedKeys(db, closed, NEWEST, NOW);
    expect(await firstPage(db, closed, NEWEST, NOW, 50)).toEqual({ keys: all, total: 240, complete: true });
  });
});
