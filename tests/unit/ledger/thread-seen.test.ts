import { describe, expect, it } from 'vitest';
import type { SeenPost } from '@/utils/messages';
import { applyThreadPosts } from '@/utils/ledger/thread-seen';
import { expandVariants } from '@/utils/matching/variants';
import { receptionClassifier } from '@/utils/reception/classify';
import { defaultSettings } from '@/utils/settings/defaults';
import type { LedgerDb } from '@/utils/ledger/db';
import { ledgerWith, sh } from './helpers';

const SITE = '127.0.0.1:8080';
const NOW = sh('2026-11-24 12:00');

function seen(pid: number, author: string, uid: string, text: string, at: string, quotedPid: string | null = null): SeenPost {
  return {
    key: `${SITE}/t24/p${pid}`, site: SITE, tid: '24', pid: String(pid), floor: null, order: pid, author, authorUid: uid,
    postedAt: `2026-11-24T${at}:00+08:00`, permalink: `http://${SITE}/forum.php?mod=redirect&goto=findpost&pid=${pid}`, text, quotedPid,
  };
}

const OP = (pid: number, text: string, at: string) => seen(pid, '高亭阿强', '6', text, at);
const THREAD = [OP(98, '五叉路口路面塌下去一大块', '08:00'), seen(105, '市政所老李', '4', '网友您好！感谢您的关注……', '09:00')];

async function apply(db: LedgerDb, posts: SeenPost[], settings = defaultSettings()) {
  return applyThreadPosts(db, settings, receptionClassifier(settings.reception, expandVariants), SITE, '24', posts, NOW);
}

const entryOf = (db: LedgerDb) => db.entries.get(`${SITE}/t24/p98`).then((e) => e!);
const notes = (db: LedgerDb) => db.events.where('key').equals(`${SITE}/t24/p98`).toArray().then((events) => events.map((e) => `${e.type}:${e.note ?? ''}`));

describe('netizens’ posts after the staff reply', () => {
  it('a thank-you is recorded as 好评 and keeps the entry replied, once however often the page is seen', async () => {
    const { db } = await ledgerWith('2026-11-24 08:30');
    await apply(db, THREAD);
    const posts = [...THREAD, OP(106, '效率可以，谢谢！', '10:00')];
    const result = await apply(db, posts);
    expect(result.pushedBack).toEqual([]);
    await apply(db, posts);
    const entry = await entryOf(db);
    expect(entry.status).toBe('replied');
    expect(entry.reception).toMatchObject({ praise: 1, pushback: 0, latestPraise: { author: '高亭阿强', text: '效率可以，谢谢！', at: '2026-11-24T10:00:00+08:00' } });
    expect((await notes(db)).filter((n) => n.includes('好评'))).toHaveLength(1);
  });

  it('a pushback by the original poster reopens the entry with a new deadline; the next staff reply answers it and later thanks count', async () => {
    const { db } = await ledgerWith('2026-11-24 08:30');
    await apply(db, THREAD);
    const pushback = OP(106, '谢谢，但是什么时候修？', '10:00');
    const result = await apply(db, [...THREAD, pushback]);
    let entry = await entryOf(db);
    expect(entry.status).toBe('in_progress');
    expect(entry.dueAt).toBe('2026-11-24T17:30:00+08:00');
    expect(entry.reception).toMatchObject({ praise: 0, pushback: 1 });
    expect(result.pushedBack.map((e) => e.key)).toEqual([entry.key]);
    await apply(db, [...THREAD, pushback, seen(110, '市政所老李', '4', '明天上午施工', '11:00'), OP(111, '好的，辛苦了', '11:30')]);
    entry = await entryOf(db);
    expect(entry.status).toBe('replied');
    expect(entry.reply).toMatchObject({ pid: '110', firstAt: '2026-11-24T09:00:00+08:00' });
    expect(entry.reception).toMatchObject({ praise: 1, pushback: 1 });
  });

  it('anything else is one history line: no reopening, no count', async () => {
    const { db } = await ledgerWith('2026-11-24 08:30');
    await apply(db, THREAD);
    await apply(db, [...THREAD, seen(107, '秀山小哥', '11', '今天路过看了一下，路面平了。', '10:00')]);
    const entry = await entryOf(db);
    expect(entry.status).toBe('replied');
    expect(entry.reception).toMatchObject({ praise: 0, pushback: 0, lastPid: '107' });
    expect((await notes(db)).at(-1)).toMatch(/^followup:网民「秀山小哥」在回复后跟帖/);
  });

  it('a bystander’s question is not 追问, but one quoting the staff reply is', async () => {
    const { db } = await ledgerWith('2026-11-24 08:30');
    await apply(db, THREAD);
    await apply(db, [...THREAD, seen(107, '长涂岛民', '10', '请问有时间表了吗？', '10:00')]);
    expect((await entryOf(db)).status).toBe('replied');
    await apply(db, [...THREAD, seen(108, '长涂岛民', '10', '那人行道那块呢？', '10:30', '105')]);
    expect((await entryOf(db)).status).toBe('in_progress');
  });

  it('a topic whose policy keeps the clock records the 追问 without reopening', async () => {
    const { db } = await ledgerWith('2026-11-24 08:30');
    const settings = defaultSettings();
    settings.sla.perTopic.municipal_maintenance = { restartOnFollowUp: false };
    await apply(db, THREAD, settings);
    const result = await apply(db, [...THREAD, OP(106, '还是没修', '10:00')], settings);
    const entry = await entryOf(db);
    expect(entry.status).toBe('replied');
    expect(entry.reception?.pushback).toBe(1);
    expect(result.pushedBack).toHaveLength(1);
  });
});
