import { describe, expect, it } from 'vitest';
import type { LedgerDb } from '@/utils/ledger/db';
import type { LedgerEvent } from '@/utils/ledger/types';
import { mergeIntoLedger, restoreLedger } from '@/utils/ledger/apply-import';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';

/** The same call on two PCs is the same event (same uid). */
const ev = (key: string, at: string, type: LedgerEvent['type'], extra: Partial<LedgerEvent> = {}): LedgerEvent => ({
  key,
  uid: `${key}/${type}@${at}`,
  seq: 1,
  device: null,
  at: `${at.replace(' ', 'T')}:00+08:00`,
  actor: '值班员',
  type,
  ...extra,
});

async function contents(db: LedgerDb) {
  return { entries: await db.entries.orderBy('key').toArray(), events: await db.events.orderBy('id').toArray() };
}

async function seeded(): Promise<LedgerDb> {
  const db = freshDb();
  const a = numberedEntry(1, '2026-03-01 09:00');
  await db.entries.bulkAdd([a, numberedEntry(2, '2026-03-02 09:00')]);
  await db.events.add(ev(a.key, '2026-03-01 09:00', 'capture'));
  return db;
}

describe('restoring a backup', () => {
  it('replaces every entry and event, and reports progress to the end', async () => {
    const db = await seeded();
    const backup = Array.from({ length: 4500 }, (_, i) => numberedEntry(100 + i, '2026-02-01 10:00'));
    const events = backup.map((e) => ev(e.key, '2026-02-01 10:00', 'capture'));
    const seen: number[] = [];
    const counts = await restoreLedger(db, { entries: backup, events }, (done, total) => {
      expect(total).toBe(9000);
      seen.push(done);
    });
    expect(counts).toEqual({ entries: 4500, events: 4500 });
    expect(await db.entries.count()).toBe(4500);
    expect(await db.entries.get(numberedEntry(1, '2026-03-01 09:00').key)).toBeUndefined();
    expect(await db.events.where('key').equals(backup[0]!.key).count()).toBe(1);
    expect(seen.at(0)).toBe(0);
    expect(seen.at(-1)).toBe(9000);
  });

  it('changes nothing when the write fails part-way (one transaction)', async () => {
    const db = await seeded();
    const before = await contents(db);
    const backup = Array.from({ length: 5000 }, (_, i) => numberedEntry(100 + i, '2026-02-01 10:00'));
    let calls = 0;
    await expect(
      restoreLedger(db, { entries: backup, events: [] }, () => {
        if (++calls === 3) throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await contents(db)).toEqual(before);
  });

  it('changes nothing when two entries share a key', async () => {
    const db = await seeded();
    const before = await contents(db);
    const twin = numberedEntry(7, '2026-02-01 10:00');
    await expect(restoreLedger(db, { entries: [twin, { ...twin, title: '另一个' }], events: [] })).rejects.toThrow();
    expect(await contents(db)).toEqual(before);
  });
});

describe("merging a colleague's ledger", () => {
  it('adds new entries, takes the newer state, leaves ours when theirs is older, unions events', async () => {
    const db = freshDb();
    const mine = numberedEntry(1, '2026-03-01 09:00', { status: 'assigned', department: '城建科' });
    const alsoMine = numberedEntry(2, '2026-03-02 09:00', { status: 'replied' });
    const untouched = numberedEntry(3, '2026-03-03 09:00');
    await db.entries.bulkAdd([mine, alsoMine, untouched]);
    await db.events.bulkAdd([
      ev(mine.key, '2026-03-01 09:00', 'capture'),
      ev(mine.key, '2026-03-01 10:00', 'assign', { seq: 2, note: '分派给城建科' }),
      ev(alsoMine.key, '2026-03-02 15:00', 'reply'),
    ]);

    const theirs = {
      entries: [
        // Replied after our assignment: replied.
        { ...mine, status: 'replied' as const, updatedAt: '2026-03-01T16:00:00+08:00' },
        // Their older copy does not take back our reply.
        { ...alsoMine, status: 'new' as const },
        numberedEntry(4, '2026-03-04 09:00'),
      ],
      events: [
        ev(mine.key, '2026-03-01 09:00', 'capture'),
        ev(mine.key, '2026-03-01 16:00', 'reply', { seq: 3 }),
        ev(alsoMine.key, '2026-03-02 09:00', 'capture'),
        ev(numberedEntry(4, '2026-03-04 09:00').key, '2026-03-04 09:00', 'capture'),
      ],
    };
    const summary = await mergeIntoLedger(db, theirs);
    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 1, events_added: 3 });
    expect((await db.entries.get(mine.key))?.status).toBe('replied');
    expect((await db.entries.get(alsoMine.key))?.status).toBe('replied');
    expect(await db.entries.get(untouched.key)).toEqual(untouched);
    expect(await db.entries.count()).toBe(4);
    expect(await db.events.where('key').equals(mine.key).count()).toBe(3);

    // Merging the same file again changes nothing.
    expect(await mergeIntoLedger(db, theirs)).toEqual({ added: 0, updated: 0, unchanged: 3, events_added: 0 });
    expect(await db.events.count()).toBe(6);
  });

  it('renumbers their 抄告单 when one of our entries outside their file already has that number', async () => {
    const db = freshDb();
    const memo = (memoNo: string) => ({ at: '2026-03-05T10:00:00+08:00', memoNo, department: null, summary: '路面下沉', instruction: '' });
    await db.entries.bulkAdd([
      numberedEntry(1, '2026-03-05 09:00', { status: 'escalated', escalation: memo('2026-003') }),
      numberedEntry(2, '2026-03-05 09:00', { status: 'escalated', escalation: memo('2026-005') }),
    ]);
    const theirEntry = numberedEntry(9, '2026-03-05 09:30', { status: 'escalated', escalation: memo('2026-003') });
    const theirs = { entries: [theirEntry], events: [ev(theirEntry.key, '2026-03-05 09:30', 'capture')] };
    expect(await mergeIntoLedger(db, theirs)).toEqual({ added: 1, updated: 0, unchanged: 0, events_added: 2 });
    expect((await db.entries.get(theirEntry.key))?.escalation?.memoNo).toBe('2026-006');
    expect((await db.events.where('key').equals(theirEntry.key).last())?.note).toBe('抄告单编号 2026-003 与另一条记录重复，改为 2026-006');
    expect(await mergeIntoLedger(db, theirs)).toEqual({ added: 0, updated: 0, unchanged: 1, events_added: 0 });
  });
});
