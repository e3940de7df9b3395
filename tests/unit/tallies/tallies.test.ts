import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LedgerDb } from '@/utils/ledger/db';
import { captureEntries, captureEntry } from '@/utils/ledger/capture';
import { assign, close, markReplied, start } from '@/utils/ledger/actions';
import { saveManualEntry } from '@/utils/ledger/manual-entry';
import { mergeIntoLedger, restoreLedger } from '@/utils/ledger/apply-import';
import { rebuildLedgerIndexes, rebuildTallies, talliesReady } from '@/utils/ledger/tally-rebuild';
import { applyPulled } from '@/utils/ledger/apply-pulled';
import { ctxAt, post, sh } from '../ledger/helpers';
import { generatedEntries, recomputedSearchIndex, recomputedTallies, storedSearchIndex, storedTallies } from './generated-ledger';
import { freshDb } from '../../support/ledger-db';

let db: LedgerDb;

const capture = { now: sh('2026-11-24 09:00'), actor: '值班员小张', dueFor: () => '2026-11-24T17:30:00+08:00', departmentFor: () => null };

async function expectExact() {
  const stored = await storedTallies(db);
  expect(Object.keys(stored).length).toBeGreaterThan(0);
  expect(stored).toEqual(await recomputedTallies(db));
  // The text search's index follows every writer the same way.
  expect(await db.searchDocs.where('id').startsWith('k\t').count()).toBe(await db.entries.count());
  expect(await storedSearchIndex(db)).toEqual(await recomputedSearchIndex(db));
}

describe('tallies and the text search’s index kept beside the ledger', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    db = freshDb();
    await rebuildTallies(db);
  });

  it('stay equal to counting the ledger afresh after every kind of write', async () => {
    await db.entries.bulkAdd(generatedEntries(300, 1));
    await expectExact();
    const [a, b] = await captureEntries(db, [post(1), post(2)], capture);
    await captureEntry(db, { ...post(1), topics: ['road_works', 'road_works', 'illegal_construction'] }, capture);
    await expectExact();
    await assign(db, a!.key, '城建科', ctxAt('2026-11-24 10:00'));
    await start(db, b!.key, ctxAt('2026-11-24 10:30'));
    await markReplied(db, a!.key, 'http://127.0.0.1:8080/forum.php?pid=9', '岱山建设', ctxAt('2026-11-24 11:00'));
    await close(db, a!.key, ctxAt('2026-11-24 12:00'));
    await expectExact();
    await saveManualEntry(db, { title: '手工', url: null, author: '', postedAt: null, excerpt: '', topics: ['road_works'] }, capture, '市政所');
    await db.entries.where('status').equals('new').modify({ status: 'assigned', department: '执法大队' });
    await db.entries.bulkPut(generatedEntries(50, 2));
    const [x, y] = await db.entries.limit(2).primaryKeys();
    await db.entries.update(x!, { status: 'closed', topics: [], title: '井盖丢了', excerpt: '路灯也坏了' });
    await db.entries.bulkUpdate([{ key: y!, changes: { site: 'news.daishan.cn', department: null } }]);
    await db.entries.bulkDelete((await db.entries.limit(40).primaryKeys()).concat('not-there'));
    await db.entries.where('site').equals('news.daishan.cn').delete();
    await expectExact();
  });

  it('follow a restore, a merge and entries pulled from the team server, and are exact (and ready) after a clear', async () => {
    await db.entries.bulkAdd(generatedEntries(200, 3));
    await restoreLedger(db, { entries: generatedEntries(2500, 4), events: [] });
    await expectExact();
    const theirs = generatedEntries(100, 4).map((e) => ({ ...e, status: 'closed' as const, updatedAt: '2027-01-01T00:00:00+08:00' }));
    await mergeIntoLedger(db, { entries: [...theirs, ...generatedEntries(30, 5)], events: [] });
    await expectExact();
    // Entries pulled from the team's server: one new here, one changed by a colleague.
    const known = (await db.entries.limit(1).toArray())[0]!;
    const pulled = [
      { entry: generatedEntries(1, 12)[0]!, events: [] },
      { entry: { ...known, status: 'closed' as const, department: '执法大队', updatedAt: '2027-01-02T00:00:00+08:00' }, events: [] },
    ];
    await applyPulled(db, pulled, sh('2027-01-02 09:00'));
    await expectExact();
    await db.entries.clear();
    expect(await storedTallies(db)).toEqual({});
    expect([await db.searchDocs.count(), await db.searchPostings.count()]).toEqual([0, 0]);
    expect(await talliesReady(db)).toBe(true);
  });

  it('leave no trace of a write whose transaction fails', async () => {
    await db.entries.bulkAdd(generatedEntries(100, 6));
    const before = await storedTallies(db);
    await expect(
      db.transaction('rw', db.entries, async () => {
        await db.entries.bulkPut(generatedEntries(20, 7));
        await db.entries.where('status').equals('closed').delete();
        throw new Error('half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(await storedTallies(db)).toEqual(before);
    expect(await db.searchDocs.where('id').startsWith('k\t').count()).toBe(100);
    await expect(db.entries.bulkAdd(generatedEntries(3, 6).concat(generatedEntries(2, 8)))).rejects.toThrow();
    await expectExact();
  });

  it('are counted afresh, with progress, when they are missing', async () => {
    await db.entries.bulkAdd(generatedEntries(4100, 9));
    await db.tallies.clear();
    expect(await talliesReady(db)).toBe(false);
    const seen: [number, number][] = [];
    await rebuildTallies(db, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([[2000, 4100], [4000, 4100], [4100, 4100]]);
    expect(await talliesReady(db)).toBe(true);
    await expectExact();
  });

  it('index the text for the search afresh, in chunks with progress, when written around, then count', async () => {
    await db.entries.bulkAdd(generatedEntries(2100, 10));
    await db.searchDocs.clear();
    await db.searchPostings.clear();
    await db.tallies.clear();
    const seen: [number, number][] = [];
    await rebuildLedgerIndexes(db, { index: { onProgress: (done, total) => seen.push([done, total]) } });
    expect(seen).toEqual([[1024, 2100], [2048, 2100], [2100, 2100]]);
    expect(await talliesReady(db)).toBe(true);
    await expectExact();
  });
});
