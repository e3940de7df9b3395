import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { LedgerDb } from '@/utils/ledger/db';
import { awaitingDueBefore, countAwaitingReply, openEntries, statesOf, threadEntries } from '@/utils/ledger/queries';
import type { Status } from '@/utils/ledger/types';
import { roadCollapseEntry } from '../templates/entry';

const db = new LedgerDb('test-queries');
const at = (day: number, hour: number) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const entry = (key: string, status: Status, dueAt: string | null, tid = '1') => roadCollapseEntry({ key, status, dueAt, tid, site: 'bbs.test' });

describe('indexed ledger queries for the popup and the badge', () => {
  beforeEach(async () => {
    await db.entries.clear();
    await db.entries.bulkPut([
      entry('late', 'new', at(23, 17)),
      entry('today', 'assigned', at(24, 17)),
      entry('escalated', 'escalated', at(27, 17)),
      entry('answered', 'replied', at(22, 17), '2'),
      entry('following', 'follow_up', at(30, 17), '2'),
      entry('done', 'closed', at(20, 17)),
      entry('undated', 'in_progress', null),
    ]);
  });
  afterAll(() => db.delete());

  it('lists entries waiting for a reply first, soonest due first, then followed-up ones; closed left out, undated last', async () => {
    expect((await openEntries(db)).map((e) => e.key)).toEqual(['late', 'today', 'escalated', 'answered', 'following', 'undated']);
    expect((await openEntries(db, 2)).map((e) => e.key)).toEqual(['late', 'today']);
  });

  it('keeps new work in the list however many replied entries are still followed up', async () => {
    await db.entries.bulkPut(Array.from({ length: 30 }, (_, i) => entry(`old-${i}`, 'replied', at(1, 9), '3')));
    expect((await openEntries(db, 10)).slice(0, 3).map((e) => e.key)).toEqual(['late', 'today', 'escalated']);
  });

  it('leaves paused entries out of the overdue query', async () => {
    await db.entries.update('late', { pausedAt: at(23, 10) });
    expect((await awaitingDueBefore(db, at(24, 12))).map((e) => e.key)).toEqual([]);
  });

  it('counts entries still waiting for a reply (the badge number)', async () => {
    expect(await countAwaitingReply(db)).toBe(4);
  });

  it('finds waiting entries due before a moment, but not replied ones', async () => {
    expect((await awaitingDueBefore(db, at(24, 12))).map((e) => e.key)).toEqual(['late']);
    expect((await awaitingDueBefore(db, at(28, 0))).map((e) => e.key)).toEqual(['late', 'today', 'escalated']);
  });

  it('answers states by key and entries by thread', async () => {
    expect(await statesOf(db, ['late', 'missing', 'done'])).toEqual({ late: 'new', done: 'closed' });
    expect((await threadEntries(db, 'bbs.test', '2')).map((e) => e.key).sort()).toEqual(['answered', 'following']);
  });
});
