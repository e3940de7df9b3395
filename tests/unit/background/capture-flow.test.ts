import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerDb } from '@/utils/ledger/db';
import { send, type SeenPost } from '@/utils/messages';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import type { CapturePayload } from '@/utils/ledger/capture';
import { listenForMessages } from '@/entrypoints/background/router';

const post = (pid: string, over: Partial<CapturePayload> = {}): CapturePayload => ({
  key: `bbs.test/t9/p${pid}`,
  site: 'bbs.test',
  tid: '9',
  pid,
  title: '五叉路口路面下沉',
  url: `http://bbs.test/forum.php?mod=redirect&goto=findpost&ptid=9&pid=${pid}`,
  author: '高亭阿强',
  authorUid: '6',
  postedAt: '2026-11-23T08:00:00+08:00',
  excerpt: '五叉路口路面下沉',
  topics: ['municipal_maintenance'],
  ...over,
});

const seen = (pid: string, author: string, uid: string | null): SeenPost => ({
  key: `bbs.test/t9/p${pid}`,
  site: 'bbs.test',
  tid: '9',
  pid,
  floor: null,
  author,
  authorUid: uid,
  postedAt: '2026-11-23T10:00:00+08:00',
  permalink: `http://bbs.test/p${pid}`,
});

describe('capture → background → ledger → badge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    listenForMessages();
    await ledgerDb().entries.clear();
    await ledgerDb().events.clear();
    await saveSettings(defaultSettings());
  });

  it('stores a captured post once, however often it is captured, and counts it on the badge', async () => {
    const { entry } = await send('capture', { post: post('100') });
    expect(entry.status).toBe('new');
    expect(entry.department).toBe(defaultSettings().topics.find((t) => t.id === 'municipal_maintenance')!.department);
    expect(entry.dueAt).toMatch(/\+08:00$/);
    await send('capture', { post: post('100', { excerpt: '更新后的摘录' }) });
    expect(await ledgerDb().entries.count()).toBe(1);
    expect((await ledgerDb().entries.get('bbs.test/t9/p100'))!.excerpt).toBe('更新后的摘录');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const events = await ledgerDb().events.where('key').equals('bbs.test/t9/p100').toArray();
    expect(events.map((e) => e.type)).toEqual(['capture', 'update']);
  });

  it('keeps what the page gives within the limits a backup can restore', async () => {
    const { entry } = await send('capture', { post: post('300', { title: '长'.repeat(5000), excerpt: '文'.repeat(30000) }) });
    expect(entry.title).toHaveLength(2000);
    expect(entry.excerpt).toHaveLength(20000);
  });

  it('marks the entry replied when a registered staff account posts later, but not for a netizen with a similar name', async () => {
    await send('capture', { post: post('100') });
    let reply = await send('threadSeen', { site: 'bbs.test', tid: '9', posts: [seen('100', '高亭阿强', '6'), seen('101', '建设路老王', '15')] });
    expect(reply.states['bbs.test/t9/p100']).toBe('new');
    reply = await send('threadSeen', { site: 'bbs.test', tid: '9', posts: [seen('100', '高亭阿强', '6'), seen('102', '市政所老李', '4')] });
    expect(reply.states['bbs.test/t9/p100']).toBe('replied');
    const entry = (await ledgerDb().entries.get('bbs.test/t9/p100'))!;
    expect(entry.reply).toMatchObject({ author: '市政所老李', url: 'http://bbs.test/p102', detected: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('a staff post earlier than the captured post does not count as its reply', async () => {
    await send('capture', { post: post('200') });
    const reply = await send('threadSeen', { site: 'bbs.test', tid: '9', posts: [seen('150', '岱山建设', '2'), seen('200', '高亭阿强', '6')] });
    expect(reply.states['bbs.test/t9/p200']).toBe('new');
  });

  it('a second staff reply after a follow-up keeps the first reply time that statistics count from', async () => {
    const later = (pid: string, author: string, uid: string, at: string): SeenPost => ({ ...seen(pid, author, uid), postedAt: at });
    await send('capture', { post: post('100') });
    const first = later('101', '城建科小王', '3', '2026-11-23T10:00:00+08:00');
    await send('threadSeen', { site: 'bbs.test', tid: '9', posts: [seen('100', '高亭阿强', '6'), first] });
    const followUp = later('105', '高亭阿强', '6', '2026-11-23T12:00:00+08:00');
    await send('threadSeen', { site: 'bbs.test', tid: '9', posts: [first, followUp] });
    const second = later('110', '市政所老李', '4', '2026-11-24T09:00:00+08:00');
    await send('threadSeen', { site: 'bbs.test', tid: '9', posts: [first, followUp, second] });
    const entry = (await ledgerDb().entries.get('bbs.test/t9/p100'))!;
    expect(entry.reply).toMatchObject({ at: '2026-11-24T09:00:00+08:00', author: '市政所老李', firstAt: '2026-11-23T10:00:00+08:00' });
  });

  it('a netizen posting after the staff reply flags a follow-up and restarts the clock', async () => {
    await send('capture', { post: post('100') });
    await send('threadSeen', { site: 'bbs.test', tid: '9', posts: [seen('100', '高亭阿强', '6'), seen('101', '城建科小王', '3')] });
    const reply = await send('threadSeen', { site: 'bbs.test', tid: '9', posts: [seen('100', '高亭阿强', '6'), seen('101', '城建科小王', '3'), seen('105', '高亭阿强', '6')] });
    expect(reply.states['bbs.test/t9/p100']).toBe('in_progress');
    expect((await ledgerDb().entries.get('bbs.test/t9/p100'))!.newFollowUp).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
