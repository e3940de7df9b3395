import { describe, expect, it } from 'vitest';
import { addFix, close, completeFix, markReplied, pause, resume } from '../../../utils/ledger/actions';
import { ctxAt, ledgerWith, sh } from './helpers';

describe('promised fixes (整改)', () => {
  it('adds a fix due N working days later; a replied entry moves to 跟踪中', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await markReplied(db, keys[0]!, 'https://bbs.example.cn/t/24#pid105', undefined, ctxAt('2026-11-12 15:00'));
    const entry = await addFix(db, keys[0]!, '修复五叉路口塌陷路面', { workingDays: 3, from: sh('2026-11-12 15:00') }, ctxAt('2026-11-12 15:05'));
    expect(entry.status).toBe('follow_up');
    expect(entry.fixes).toEqual([{ id: expect.any(String), text: '修复五叉路口塌陷路面', dueAt: '2026-11-17T17:30:00+08:00', doneAt: null }]);
    // The reply deadline stays what it was, for the on-time statistics.
    expect(entry.dueAt).toBe('2026-11-12T17:30:00+08:00');
  });

  it('a promised day is kept even when it is a day off', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    const entry = await addFix(db, keys[0]!, '周末前完成', { onDay: '2026-11-15' }, ctxAt('2026-11-12 15:05'));
    expect(entry.fixes[0]?.dueAt).toBe('2026-11-15T17:30:00+08:00');
    expect(entry.status).toBe('new');
  });

  it('cannot close while a fix is open; can after it is done', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await markReplied(db, keys[0]!, 'https://bbs.example.cn/t/24#pid105', undefined, ctxAt('2026-11-12 15:00'));
    const { fixes } = await addFix(db, keys[0]!, '修复路面', { onDay: '2026-11-16' }, ctxAt('2026-11-12 15:05'));
    await expect(close(db, keys[0]!, ctxAt('2026-11-13 09:00'))).rejects.toThrow('还有 1 项整改未完成，不能办结');
    const done = await completeFix(db, keys[0]!, fixes[0]!.id, ctxAt('2026-11-16 10:00'));
    expect(done.fixes[0]?.doneAt).toBe('2026-11-16T10:00:00+08:00');
    await expect(completeFix(db, keys[0]!, fixes[0]!.id, ctxAt('2026-11-16 10:01'))).rejects.toThrow('这项整改已于 2026-11-16 10:00 完成');
    expect((await close(db, keys[0]!, ctxAt('2026-11-16 11:00'))).status).toBe('closed');
  });

  it.each([
    [{ onDay: '16/11/2026' }, '整改期限应写成 YYYY-MM-DD'],
    [{ workingDays: -1, from: new Date() }, '工作日数应为非负整数'],
    // A backup could not restore such a date.
    [{ onDay: '1999-12-31' }, '整改期限应在 2000–2100 年之间'],
    [{ onDay: '9999-01-01' }, '整改期限应在 2000–2100 年之间'],
  ])('refuses the due date %j', async (spec, message) => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await expect(addFix(db, keys[0]!, '修复路面', spec, ctxAt('2026-11-12 15:05'))).rejects.toThrow(message);
  });

  it('refuses a fix on a closed entry and an unknown fix id', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await expect(completeFix(db, keys[0]!, 'nope', ctxAt('2026-11-12 09:00'))).rejects.toThrow('这条记录没有这项整改');
    await close(db, keys[0]!, ctxAt('2026-11-12 09:00'));
    await expect(addFix(db, keys[0]!, '修复路面', { onDay: '2026-11-16' }, ctxAt('2026-11-12 09:05'))).rejects.toThrow('请先重新打开');
  });
});

describe('pause and resume (waiting for another department)', () => {
  it('a pause across National Day moves the deadline by the working time inside it only', async () => {
    const { db, keys } = await ledgerWith('2026-09-30 08:00');
    await db.entries.update(keys[0]!, { dueAt: '2026-09-30T17:30:00+08:00' });
    await pause(db, keys[0]!, '等交通局答复', ctxAt('2026-09-30 15:30'));
    const entry = await resume(db, keys[0]!, ctxAt('2026-10-08 10:30'));
    // 2 working hours were left at the pause; the holiday week in between counts for nothing.
    expect(entry.dueAt).toBe('2026-10-08T12:30:00+08:00');
    expect(entry.pausedAt).toBeNull();
    expect(entry.pausedMs).toBe(sh('2026-10-08 10:30').getTime() - sh('2026-09-30 15:30').getTime());
    const log = await db.events.where('key').equals(keys[0]!).toArray();
    expect(log.map((e) => e.type)).toEqual(['capture', 'pause', 'resume']);
    expect(log[1]?.note).toBe('等交通局答复');
  });

  it('refuses to pause twice, to resume when not paused, and to pause a replied entry', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00', 98, 99);
    await expect(resume(db, keys[0]!, ctxAt('2026-11-12 09:00'))).rejects.toThrow('计时没有暂停');
    await expect(pause(db, keys[0]!, '', ctxAt('2026-11-12 09:00'))).rejects.toThrow('请填写暂停的原因');
    await pause(db, keys[0]!, '等规划科', ctxAt('2026-11-12 09:00'));
    await expect(pause(db, keys[0]!, '等规划科', ctxAt('2026-11-12 09:10'))).rejects.toThrow('计时已经暂停');
    await markReplied(db, keys[1]!, 'https://bbs.example.cn/t/24#pid105', undefined, ctxAt('2026-11-12 09:00'));
    await expect(pause(db, keys[1]!, '等规划科', ctxAt('2026-11-12 09:10'))).rejects.toThrow('「已回复」的记录没有在计时');
  });
});
