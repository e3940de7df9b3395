import { afterAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import * as v from 'valibot';
import { LedgerDb } from '@/utils/ledger/db';
import { captureEntry } from '@/utils/ledger/capture';
import { eventsSchema } from '@/utils/transfer/schema-ledger';
import { roadCollapseEntry } from '../templates/entry';
import { post } from './helpers';
import { rebuildLedgerIndexes, talliesReady } from '@/utils/ledger/tally-rebuild';
import { allHits } from '@/utils/ledger/text-search';
import { DEFAULT_SORT, EMPTY_FILTER } from '@/utils/ledger/ledger-query';

const NAME = 'test-schema-upgrade';
const V1_ENTRIES = 'key, status, dueAt, capturedAt, site, department, *topics, [status+dueAt], [site+tid]';

describe('a ledger written by the first schema version', () => {
  afterAll(() => Dexie.delete(NAME));

  it('keeps every entry and event when opened by the current version', async () => {
    const first = new Dexie(NAME);
    first.version(1).stores({ entries: V1_ENTRIES, events: '++id, key, at' });
    const entries = Array.from({ length: 50 }, (_, i) =>
      roadCollapseEntry({ key: `bbs.test/t${i}/p${i}`, escalation: i === 7 ? { at: '2026-11-20T10:00:00+08:00', memoNo: '2026-003', department: '城建科', summary: '', instruction: '同意' } : null }),
    );
    await first.table('entries').bulkAdd(entries);
    await first.table('events').add({ key: entries[0]!.key, at: '2026-11-20T09:00:00+08:00', actor: '值班员', type: 'capture', to: 'new' });
    first.close();

    const current = new LedgerDb(NAME);
    expect(await current.entries.count()).toBe(50);
    expect(await current.events.count()).toBe(1);
    expect(await current.entries.get('bbs.test/t3/p3')).toEqual(entries[3]);
    // The index added by the upgrade covers the old records too.
    expect((await current.entries.where('escalation.memoNo').equals('2026-003').toArray()).map((e) => e.key)).toEqual(['bbs.test/t7/p7']);
    current.close();
  });
});

describe('a ledger written by schema version 2 (events without uid and seq)', () => {
  const NAME_V2 = `${NAME}-v2`;
  afterAll(() => Dexie.delete(NAME_V2));

  it('keeps every entry and event and gives each event a uid and its per-entry seq, in the order written', async () => {
    const second = new Dexie(NAME_V2);
    second.version(2).stores({ entries: `${V1_ENTRIES}, escalation.memoNo`, events: '++id, key, at' });
    const one = roadCollapseEntry({ key: post(1).key });
    const two = roadCollapseEntry({ key: 'bbs.test/t2/p2' });
    const note = { key: one.key, at: '2026-11-24T10:00:00+08:00', actor: '值班员', type: 'note', note: '已电话联系' };
    const legacy = [
      { key: one.key, at: '2026-11-24T09:00:00+08:00', actor: '值班员', type: 'capture', to: 'new' },
      { key: two.key, at: '2026-11-24T09:05:00+08:00', actor: '值班员', type: 'capture', to: 'new' },
      note,
      { ...note }, // the same note saved twice stays two events
      { key: two.key, at: '2026-11-24T11:00:00+08:00', actor: '值班员', type: 'status', from: 'new', to: 'assigned' },
    ];
    await second.table('entries').bulkAdd([one, two]);
    await second.table('events').bulkAdd(legacy);
    second.close();

    const current = new LedgerDb(NAME_V2);
    expect(await current.entries.toArray()).toEqual([two, one].sort((a, b) => (a.key < b.key ? -1 : 1)));
    const events = await current.events.orderBy('id').toArray();
    expect(events.map(({ id: _id, uid: _uid, ...rest }) => rest)).toEqual([
      { ...legacy[0], seq: 1, device: null },
      { ...legacy[1], seq: 1, device: null },
      { ...legacy[2], seq: 2, device: null },
      { ...legacy[3], seq: 3, device: null },
      { ...legacy[4], seq: 2, device: null },
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(5);

    // The same events imported from a previous-version file get the same uids: a merge will not double them.
    expect(v.parse(eventsSchema, legacy).map((e) => e.uid)).toEqual(events.map((e) => e.uid));

    // The next event of an entry counts on from its highest seq.
    await captureEntry(current, post(1), { now: new Date('2026-11-24T12:00:00+08:00'), actor: '值班员', dueFor: () => null, departmentFor: () => null });
    expect((await current.events.orderBy('id').last())?.seq).toBe(4);
    current.close();
  });
});

describe('a ledger written by schema version 7 (facet cells without the 预警级别)', () => {
  const NAME_V7 = `${NAME}-v7`;
  afterAll(() => Dexie.delete(NAME_V7));

  it('keeps every entry, finds them by level, and has its tallies counted afresh', async () => {
    const seventh = new Dexie(NAME_V7);
    seventh.version(7).stores({
      entries: `${V1_ENTRIES}, escalation.memoNo, [status+capturedAt]`,
      events: '++id, key, at, &uid, [key+seq]',
      tallies: 'id',
      outbox: 'key',
    });
    const entries = [roadCollapseEntry({ key: 'bbs.test/t1/p1', level: 'urgent' }), roadCollapseEntry({ key: 'bbs.test/t2/p2', level: 'watch' }), roadCollapseEntry({ key: 'bbs.test/t3/p3' })];
    await seventh.table('entries').bulkAdd(entries);
    await seventh.table('tallies').bulkAdd([{ id: 'ready', counts: {} }, { id: 'f\tnew\tbbs.test\t', counts: { '*': 3 } }]);
    seventh.close();

    const current = new LedgerDb(NAME_V7);
    expect(await current.entries.toArray()).toEqual(entries);
    expect(await current.entries.where('level').equals('urgent').primaryKeys()).toEqual(['bbs.test/t1/p1']);
    expect(await talliesReady(current)).toBe(false);
    current.close();
  });
});

describe('a ledger written by schema version 8 (no text search index)', () => {
  const NAME_V8 = `${NAME}-v8`;
  afterAll(() => Dexie.delete(NAME_V8));

  it('keeps every entry and has the search index built with the tallies, after which the search finds them', async () => {
    const eighth = new Dexie(NAME_V8);
    eighth.version(8).stores({
      entries: `${V1_ENTRIES}, escalation.memoNo, [status+capturedAt], level`,
      events: '++id, key, at, &uid, [key+seq]',
      tallies: 'id',
      outbox: 'key',
    });
    const entries = [
      roadCollapseEntry({ key: 'bbs.test/t1/p1', title: '井盖丢了', excerpt: '晚上很危险' }),
      roadCollapseEntry({ key: 'bbs.test/t2/p2', title: '路灯坏了', author: '网友123' }),
    ];
    await eighth.table('entries').bulkAdd(entries);
    await eighth.table('tallies').bulkAdd([{ id: 'ready', counts: {} }]);
    eighth.close();

    const current = new LedgerDb(NAME_V8);
    expect(await current.entries.toArray()).toEqual(entries);
    expect(await talliesReady(current)).toBe(false);
    await rebuildLedgerIndexes(current);
    const now = new Date('2026-11-24T12:00:00+08:00');
    const find = (search: string) => allHits(current, { ...EMPTY_FILTER, search }, DEFAULT_SORT, now);
    expect(await current.searchDocs.where('id').startsWith('k\t').count()).toBe(2);
    expect(await find('危险')).toEqual(['bbs.test/t1/p1']);
    expect(await find('网友123')).toEqual(['bbs.test/t2/p2']);
    current.close();
  });
});
