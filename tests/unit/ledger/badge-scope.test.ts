import { afterEach, describe, expect, it } from 'vitest';
import { LedgerDb } from '@/utils/ledger/db';
import { captureEntry } from '@/utils/ledger/capture';
import { changeEntry } from '@/utils/ledger/workflow';
import { badgeCounts, type BadgeViewer } from '@/utils/ledger/badge-scope';
import { myDepartment } from '@/utils/settings/my-department';
import { post, sh } from './helpers';
import { freshDb } from '../../support/ledger-db';

const NOW = '2026-11-12T12:00:00+08:00';
const SOON = '2026-11-12T14:00:00+08:00';
let db: LedgerDb;

/** Three entries: 城建科's, captured by 小张 (overdue); 市政所's, captured by 老李 and assigned by 小张 (due soon); 市政所's by 老李 (later). */
async function ledger(): Promise<LedgerDb> {
  db = freshDb();
  const capture = (pid: number, actor: string, department: string, dueAt: string) =>
    captureEntry(db, post(pid), { now: sh('2026-11-12 08:00'), actor, dueFor: () => dueAt, departmentFor: () => department });
  await capture(1, '小张', '城建科', '2026-11-12T11:00:00+08:00');
  const assigned = await capture(2, '老李', '市政所', '2026-11-12T13:00:00+08:00');
  await capture(3, '老李', '市政所', '2026-11-13T17:30:00+08:00');
  await changeEntry(db, assigned.key, { now: sh('2026-11-12 09:00'), actor: '小张' }, (entry) => ({
    entry: { ...entry, status: 'assigned' },
    event: { type: 'assign', note: '分派给市政所' },
  }));
  return db;
}

const as = (actor: string, department: string | null): BadgeViewer => ({ actor, department });

describe('the badge counts the entries of the chosen scope', () => {
  afterEach(() => db?.delete());

  it('office: every entry waiting for a reply, red because one is overdue', async () => {
    expect(await badgeCounts(await ledger(), 'office', as('老李', '市政所'), NOW, SOON)).toEqual({ awaiting: 3, overdue: true, dueSoon: false });
  });

  it("department: only my department's entries; amber when the nearest is due within two hours", async () => {
    expect(await badgeCounts(await ledger(), 'department', as('小张', '市政所'), NOW, SOON)).toEqual({ awaiting: 2, overdue: false, dueSoon: true });
  });

  it('mine: entries I captured or acted on (小张 captured one and assigned another), not a colleague’s', async () => {
    await ledger();
    expect(await badgeCounts(db, 'mine', as('小张', null), NOW, SOON)).toEqual({ awaiting: 2, overdue: true, dueSoon: false });
    expect(await badgeCounts(db, 'mine', as('老李', null), NOW, SOON)).toMatchObject({ awaiting: 2, overdue: false });
  });

  it('leaves replied and closed entries out of every scope', async () => {
    await ledger();
    await changeEntry(db, post(1).key, { now: sh('2026-11-12 10:00'), actor: '城建科小王' }, (entry) => ({
      entry: { ...entry, status: 'replied' },
      event: { type: 'reply' },
    }));
    expect((await badgeCounts(db, 'department', as('x', '城建科'), NOW, SOON)).awaiting).toBe(0);
    expect((await badgeCounts(db, 'mine', as('小张', null), NOW, SOON)).awaiting).toBe(1);
  });

  it('department without a known department counts like office, so no work is hidden', async () => {
    expect((await badgeCounts(await ledger(), 'department', as('小张', null), NOW, SOON)).awaiting).toBe(3);
  });
});

describe('my department', () => {
  const user = { name: '小王', department: '城建科' };
  it("is the session's fw-dept role when connected, else the identity's", () => {
    expect(myDepartment(user, ['fw-member', 'fw-dept:市政所'])).toBe('市政所');
    expect(myDepartment(user, ['fw-member', 'fw-office'])).toBe('城建科');
    expect(myDepartment({ name: '', department: ' ' }, null)).toBeNull();
  });
});
