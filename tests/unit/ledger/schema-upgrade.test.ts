import { afterAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { LedgerDb } from '@/utils/ledger/db';
import { makeEntry } from '../templates/entry';

const NAME = 'test-schema-upgrade';

describe('a ledger written by the first schema version', () => {
  afterAll(() => Dexie.delete(NAME));

  it('keeps every entry and event when opened by the current version', async () => {
    const first = new Dexie(NAME);
    first.version(1).stores({
      entries: 'key, status, dueAt, capturedAt, site, department, *topics, [status+dueAt], [site+tid]',
      events: '++id, key, at',
    });
    const entries = Array.from({ length: 50 }, (_, i) =>
      makeEntry({ key: `bbs.test/t${i}/p${i}`, escalation: i === 7 ? { at: '2026-11-20T10:00:00+08:00', memoNo: '2026-003', department: '城建科', summary: '', instruction: '同意' } : null }),
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
