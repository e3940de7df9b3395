import { afterEach, describe, expect, test } from 'vitest';
import { LedgerDb } from '@/utils/ledger/db';
import { applyDraftAction } from '@/utils/templates/draft-actions';
import { draftState, draftSummary } from '@/utils/templates/draft-status';
import { roadCollapseEntry } from './entry';
import { freshDb } from '../../support/ledger-db';

let db: LedgerDb;
afterEach(async () => {
  await db?.delete();
});

const ctx = (iso: string) => ({ now: new Date(iso), actor: '小王' });

describe('applyDraftAction', () => {
  test('save → request approval → approve, each stored with one event', async () => {
    db = freshDb();
    const entry = roadCollapseEntry();
    await db.entries.put(entry);

    const saved = await applyDraftAction(db, { key: entry.key, action: 'save', text: '感谢关注！明天修。' }, ctx('2026-11-24T09:00:00+08:00'));
    expect(saved.entry.status).toBe('in_progress');
    expect(saved.message).toBeNull();
    expect(draftState(saved.entry)).toBe('saved');

    const requested = await applyDraftAction(db, { key: entry.key, action: 'requestApproval' }, ctx('2026-11-24T09:10:00+08:00'));
    expect(requested.entry.status).toBe('awaiting_approval');
    expect(requested.message).toContain('送审人：小王');
    expect(requested.message).toContain('感谢关注！明天修。');

    const approved = await applyDraftAction(db, { key: entry.key, action: 'approve', approver: '张科长' }, ctx('2026-11-24T09:30:00+08:00'));
    expect(approved.entry.draft).toMatchObject({ approvedBy: '张科长', approvedAt: '2026-11-24T09:30:00+08:00' });
    expect(draftSummary(approved.entry)).toContain('张科长');

    const stored = await db.entries.get(entry.key);
    expect(stored?.draft?.approvedBy).toBe('张科长');
    const events = await db.events.where('key').equals(entry.key).toArray();
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['draft', '小王'],
      ['approval', '小王'],
      ['approval', '小王'],
    ]);
    expect(events[1]).toMatchObject({ from: 'in_progress', to: 'awaiting_approval' });
  });

  test('refusals change nothing: no draft to send, no approver, unknown entry', async () => {
    db = freshDb();
    const entry = roadCollapseEntry();
    await db.entries.put(entry);
    await expect(applyDraftAction(db, { key: entry.key, action: 'requestApproval' }, ctx('2026-11-24T09:00:00+08:00'))).rejects.toThrow(/回复稿/);
    await applyDraftAction(db, { key: entry.key, action: 'save', text: '感谢' }, ctx('2026-11-24T09:00:00+08:00'));
    await expect(applyDraftAction(db, { key: entry.key, action: 'approve', approver: ' ' }, ctx('2026-11-24T09:05:00+08:00'))).rejects.toThrow(/审核人/);
    await expect(applyDraftAction(db, { key: 'nope', action: 'save', text: 'x' }, ctx('2026-11-24T09:05:00+08:00'))).rejects.toThrow(/台账中没有/);
    expect((await db.events.toArray()).length).toBe(1);
    expect((await db.entries.get(entry.key))?.draft?.approvedBy).toBeNull();
  });
});
