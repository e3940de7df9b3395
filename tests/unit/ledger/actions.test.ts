import { describe, expect, it } from 'vitest';
import {
  addNote,
  assign,
  close,
  escalate,
  markReplied,
  reopen,
  start,
  TransitionError,
  type ActionContext,
} from '../../../utils/ledger/actions';
import type { LedgerDb } from '../../../utils/ledger/db';
import type { Status } from '../../../utils/ledger/types';
import { ctxAt, ledgerWith } from './helpers';

async function events(db: LedgerDb, key: string) {
  return db.events.where('key').equals(key).sortBy('id');
}

describe('workflow actions', () => {
  it('assigns to a department: 已分派, with one event by the staff member named in the settings', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    const entry = await assign(db, keys[0]!, ' 市政所 ', ctxAt('2026-11-12 08:10', '值班员小张'));
    expect(entry.status).toBe('assigned');
    expect(entry.department).toBe('市政所');
    const log = await events(db, keys[0]!);
    expect(log.map((e) => [e.type, e.actor, e.from, e.to, e.note])).toEqual([
      ['capture', '值班员小张', undefined, 'new', undefined],
      ['assign', '值班员小张', 'new', 'assigned', '分派给市政所'],
    ]);
    expect(log[1]!.at).toBe('2026-11-12T08:10:00+08:00');
  });

  it('re-assigning an entry being handled changes the department and keeps 办理中', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await start(db, keys[0]!, ctxAt('2026-11-12 08:10'));
    const entry = await assign(db, keys[0]!, '城建科', ctxAt('2026-11-12 08:20'));
    expect([entry.status, entry.department]).toEqual(['in_progress', '城建科']);
  });

  it('marks replied by hand with the link, the author and the post id and its place in the thread from the link', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    const url = 'http://127.0.0.1:8080/forum.php?mod=redirect&goto=findpost&ptid=24&pid=105';
    const entry = await markReplied(db, keys[0]!, url, '市政所老李', ctxAt('2026-11-12 15:20'));
    expect(entry.status).toBe('replied');
    expect(entry.reply).toEqual({ at: '2026-11-12T15:20:00+08:00', author: '市政所老李', url, pid: '105', order: 105, detected: false });
    expect(entry.dueAt).toBe('2026-11-12T17:30:00+08:00');
  });

  it('without an author the reply is recorded in the name of the user', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    const entry = await markReplied(db, keys[0]!, 'https://bbs.example.cn/thread-24-1-1.html', undefined, ctxAt('2026-11-12 09:00', '局办公室小陈'));
    expect(entry.reply?.author).toBe('局办公室小陈');
    expect(entry.reply?.pid).toBeNull();
  });

  it.each([
    ['', '请填写回复帖的链接'],
    ['回复了', '回复帖的链接不是有效网址：回复了'],
    ['javascript:alert(1)', '回复帖的链接应以 http:// 或 https:// 开头'],
  ])('refuses the reply link %j', async (url, message) => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await expect(markReplied(db, keys[0]!, url, undefined, ctxAt('2026-11-12 09:00'))).rejects.toThrow(message);
    expect((await db.entries.get(keys[0]!))?.status).toBe('new');
  });

  it('adds a note in any state without changing it', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await close(db, keys[0]!, ctxAt('2026-11-12 08:30'));
    const entry = await addNote(db, keys[0]!, '与本局无关，转交交通局', ctxAt('2026-11-12 08:31'));
    expect(entry.status).toBe('closed');
    expect((await events(db, keys[0]!)).at(-1)).toMatchObject({ type: 'note', note: '与本局无关，转交交通局' });
    await expect(addNote(db, keys[0]!, '   ', ctxAt('2026-11-12 08:32'))).rejects.toThrow('请填写备注内容');
  });

  it('closes and reopens for follow-up', async () => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    await markReplied(db, keys[0]!, 'https://bbs.example.cn/t/24#pid105', undefined, ctxAt('2026-11-12 09:00'));
    expect((await close(db, keys[0]!, ctxAt('2026-11-13 09:00'))).status).toBe('closed');
    expect((await reopen(db, keys[0]!, ctxAt('2026-11-14 09:00'))).status).toBe('follow_up');
    const log = await events(db, keys[0]!);
    expect(log.at(-1)).toMatchObject({ type: 'status', from: 'closed', to: 'follow_up', note: '重新打开' });
  });

  it('refuses an unknown entry', async () => {
    const { db } = await ledgerWith('2026-11-12 08:00');
    await expect(start(db, 'nowhere/t1/p1', ctxAt('2026-11-12 09:00'))).rejects.toThrow('台账中没有这条记录');
  });

  type Step = (db: LedgerDb, key: string, ctx: ActionContext) => Promise<unknown>;
  const steps: Record<string, Step> = {
    assign: (db, key, ctx) => assign(db, key, '市政所', ctx),
    start: (db, key, ctx) => start(db, key, ctx),
    escalate: (db, key, ctx) => escalate(db, key, '五叉路口路面塌陷', '市政所', ctx),
    reply: (db, key, ctx) => markReplied(db, key, 'https://bbs.example.cn/t/24', undefined, ctx),
    close: (db, key, ctx) => close(db, key, ctx),
    reopen: (db, key, ctx) => reopen(db, key, ctx),
  };

  it.each<[string[], string, string | Status]>([
    [['close'], 'assign', '「已办结」的记录不能再分派'],
    [['reply'], 'assign', '「已回复」的记录不能再分派'],
    [['reply'], 'escalate', '「已回复」的记录不能改为「已上报」'],
    [['escalate'], 'escalate', '「已上报」的记录不能改为「已上报」'],
    [['escalate'], 'close', '「已上报」的记录不能改为「已办结」'],
    [['close'], 'reply', '「已办结」的记录不能改为「已回复」'],
    [['close'], 'start', '「已办结」的记录不能改为「办理中」'],
    [[], 'reopen', '「新登记」的记录没有办结，无需重新打开'],
    [['escalate'], 'assign', 'assigned'],
    [['escalate'], 'reply', 'replied'],
    [['reply'], 'start', 'in_progress'],
    [['assign', 'start', 'escalate'], 'reply', 'replied'],
  ])('after %j, %s gives %s', async (before, action, expected) => {
    const { db, keys } = await ledgerWith('2026-11-12 08:00');
    const key = keys[0]!;
    for (const name of before) await steps[name]!(db, key, ctxAt('2026-11-12 09:00'));
    const done = steps[action]!(db, key, ctxAt('2026-11-12 10:00'));
    if (expected.includes('「')) {
      await expect(done).rejects.toThrow(TransitionError);
      await expect(done).rejects.toThrow(expected);
      expect(await db.events.where('key').equals(key).count()).toBe(1 + before.length);
    } else {
      await done;
      expect((await db.entries.get(key))?.status).toBe(expected);
    }
  });
});
