import { beforeAll, describe, expect, it } from 'vitest';
import { LedgerDb } from '@/utils/ledger/db';
import { EMPTY_FILTER, indexedKeys, type LedgerFilter, type LedgerSort, type SortKey } from '@/utils/ledger/ledger-query';
import { firstRows } from '@/utils/ledger/first-rows';
import { rebuildTallies } from '@/utils/ledger/tally-rebuild';
import { facetValues, loadFacets } from '@/utils/ledger/facet-count';
import { sh } from '../ledger/helpers';
import { generatedEntries, generatedLevel } from './generated-ledger';

const NOW = sh('2026-02-20 12:00');
let db: LedgerDb;

const filters: Partial<LedgerFilter>[] = [
  {},
  { status: 'new' },
  { status: 'open' },
  { topic: 'road_works' },
  { status: 'assigned', topic: 'illegal_construction' },
  { status: 'closed', department: '城建科' },
  { site: '127.0.0.1:8080', department: '市政所' },
  { overdue: true },
  { status: 'new', fromDay: '2026-01-20', toDay: '2026-02-10' },
  { topic: 'municipal_maintenance', fromDay: '2026-02-01' },
  { level: 'urgent' },
  { level: 'normal', status: 'open' },
  { level: 'watch', topic: 'road_works', site: 'bbs.daishan.cn' },
  { level: 'urgent', overdue: true },
];
const sorts: LedgerSort[] = (['capturedAt', 'dueAt', 'status'] as SortKey[]).flatMap((key) => [
  { key, desc: true },
  { key, desc: false },
]);

describe('the ledger table’s first rows through the tallies', () => {
  beforeAll(async () => {
    db = new LedgerDb('first-rows');
    await db.entries.bulkAdd(generatedEntries(500, 11));
    await rebuildTallies(db);
  });

  it('are the first rows of the complete result, in every order, with its count', async () => {
    for (const part of filters) {
      const filter = { ...EMPTY_FILTER, ...part };
      for (const sort of sorts) {
        const all = await indexedKeys(db, filter, sort, NOW);
        const page = await firstRows(db, filter, sort, NOW, 30);
        const label = JSON.stringify({ part, sort });
        // The whole result when it is known at once, else its first rows.
        expect(page.keys, label).toEqual(page.complete ? all : all.slice(0, 30));
        if (!page.complete) expect(all.length, label).toBeGreaterThanOrEqual(30);
        if (page.total !== null) expect(page.total, label).toBe(all.length);
        if (!part.overdue && !part.fromDay) expect(page.total, label).toBe(all.length);
      }
    }
  });

  it('count and list each 预警级别, alone and with other filters, with known answers', async () => {
    // Of entries 0–499: 紧急 every 7th (72), 关注 the other 5th ones (100 − 15 that are also 7th), 一般 the rest.
    const expected = { urgent: 72, watch: 85, normal: 343 } as const;
    const entries = await db.entries.toArray();
    const levelOfKey = (key: string) => generatedLevel(Number(key.slice(key.lastIndexOf('/p') + 2))) ?? 'normal';
    for (const [level, count] of Object.entries(expected) as [keyof typeof expected, number][]) {
      const filter = { ...EMPTY_FILTER, level };
      const keys = await indexedKeys(db, filter, sorts[0]!, NOW);
      expect(keys, level).toHaveLength(count);
      expect(new Set(keys.map(levelOfKey)), level).toEqual(new Set([level]));
      expect((await firstRows(db, filter, sorts[0]!, NOW, 30)).total, level).toBe(count);
      const roads = { ...filter, status: 'open' as const, topic: 'road_works' };
      const open = entries.filter((e) => levelOfKey(e.key) === level && e.status !== 'closed' && e.topics.includes('road_works'));
      expect((await firstRows(db, roads, sorts[0]!, NOW, 30)).total, level).toBe(open.length);
    }
  });

  it('offer the sites and departments that occur in the ledger for the filter lists', async () => {
    const entries = await db.entries.toArray();
    expect(facetValues((await loadFacets(db))!)).toEqual({
      sites: [...new Set(entries.map((e) => e.site))].sort(),
      departments: [...new Set(entries.flatMap((e) => e.department ?? []))].sort(),
    });
  });
});
