import { describe, expect, it } from 'vitest';
import { recentOpenEntries } from '@/utils/hot/recent-entries';
import { LedgerDb } from '@/utils/ledger/db';
import { captureEntry } from '@/utils/ledger/capture';
import { close, markReplied } from '@/utils/ledger/actions';
import { ctxAt, post, sh } from '../ledger/helpers';
import { freshDb } from '../../support/ledger-db';

async function capturedAt(db: LedgerDb, pid: number, when: string): Promise<string> {
  const entry = await captureEntry(db, post(pid), { now: sh(when), actor: '值班员小张', dueFor: () => null, departmentFor: () => null });
  return entry.key;
}

describe('recentOpenEntries', () => {
  it('gives the entries captured in the last 14 days that are not closed, answered ones included', async () => {
    const db = freshDb();
    const old = await capturedAt(db, 1, '2026-11-05 09:00');
    const recent = await capturedAt(db, 2, '2026-11-07 09:00');
    const answered = await capturedAt(db, 3, '2026-11-18 09:00');
    const closed = await capturedAt(db, 4, '2026-11-18 10:00');
    await markReplied(db, answered, 'https://bbs.example.cn/thread-3-1-1.html', undefined, ctxAt('2026-11-18 11:00'));
    await markReplied(db, closed, 'https://bbs.example.cn/thread-4-1-1.html', undefined, ctxAt('2026-11-18 11:00'));
    await close(db, closed, ctxAt('2026-11-18 12:00'));
    const keys = (await recentOpenEntries(db, sh('2026-11-20 12:00'))).map((e) => e.key);
    expect(keys.sort()).toEqual([recent, answered].sort());
    expect(keys).not.toContain(old);
  });
});
