import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerDb } from '@/utils/ledger/db';
import type { PageMessageMap, PageMessageType, SeenPost } from '@/utils/messages';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import type { StaffMember } from '@/utils/settings/types';
import type { CapturePayload } from '@/utils/ledger/capture';
import { routeMessage } from '@/entrypoints/background/router';
import { setupReminders } from '@/entrypoints/background/reminders';
import { pagePost, tabAt } from './page-post';

const post = (pid: string, over: Partial<CapturePayload> = {}) => pagePost('bbs.test', pid, over);

const seen = (pid: string, author: string, uid: string | null): SeenPost => ({
  key: `bbs.test/t9/p${pid}`,
  site: 'bbs.test',
  tid: '9',
  pid,
  floor: null,
  order: Number(pid),
  author,
  authorUid: uid,
  postedAt: '2026-11-23T10:00:00+08:00',
  permalink: `http://bbs.test/p${pid}`,
});

/** The bureau's accounts on bbs.test. */
const STAFF: StaffMember[] = [
  { id: 'office', person: '局办公室', department: '局办公室', phone: '0580-4470000', official: true, accounts: [{ site: 'bbs.test', name: '岱山建设', uid: '2' }] },
  { id: 'cjk', person: '小王', department: '城建科', phone: '0580-4471234', official: false, accounts: [{ site: 'bbs.test', name: '城建科小王', uid: '3' }] },
  { id: 'szs', person: '老李', department: '市政所', phone: '0580-4475678', official: false, accounts: [{ site: 'bbs.test', name: '市政所老李', uid: '4' }] },
];

const FORUM_TAB = tabAt('http://bbs.test/forum.php?mod=viewthread&tid=9');

/** A content script's request, answered as the page would see it. */
async function fromPage<K extends PageMessageType>(type: K, request: PageMessageMap[K]['request'], sender = FORUM_TAB): Promise<PageMessageMap[K]['response']> {
  const reply = (await routeMessage({ type, ...request }, sender)) as PageMessageMap[K]['response'] | { error: string };
  if ('error' in reply) throw new Error(reply.error);
  return reply;
}

const send = fromPage;

describe('capture → background → ledger → badge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ledgerDb().entries.clear();
    await ledgerDb().events.clear();
    await saveSettings({ ...defaultSettings(), staff: STAFF });
  });

  it('stores a captured post once, however often it is captured, and counts it on the badge', async () => {
    const { status } = await send('capture', { post: post('100') });
    expect(status).toBe('new');
    const entry = (await ledgerDb().entries.get('bbs.test/t9/p100'))!;
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
    await send('capture', { post: post('300', { title: '长'.repeat(5000), excerpt: '文'.repeat(30000) }) });
    const entry = (await ledgerDb().entries.get('bbs.test/t9/p300'))!;
    expect(entry.title).toHaveLength(2000);
    expect(entry.excerpt).toHaveLength(20000);
  });

  it('marks the entry replied when a registered staff account posts later, but not for a netizen with a similar name', async () => {
    await send('capture', { post: post('100') });
    let reply = await send('threadSeen', { tid: '9', posts: [seen('100', '高亭阿强', '6'), seen('101', '建设路老王', '15')] });
    expect(reply.states['bbs.test/t9/p100']).toBe('new');
    reply = await send('threadSeen', { tid: '9', posts: [seen('100', '高亭阿强', '6'), seen('102', '市政所老李', '4')] });
    expect(reply.states['bbs.test/t9/p100']).toBe('replied');
    const entry = (await ledgerDb().entries.get('bbs.test/t9/p100'))!;
    expect(entry.reply).toMatchObject({ author: '市政所老李', url: 'http://bbs.test/p102', detected: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('a staff post earlier than the captured post does not count as its reply', async () => {
    await send('capture', { post: post('200') });
    const reply = await send('threadSeen', { tid: '9', posts: [seen('150', '岱山建设', '2'), seen('200', '高亭阿强', '6')] });
    expect(reply.states['bbs.test/t9/p200']).toBe('new');
  });

  it('a second staff reply after a follow-up keeps the first reply time that statistics count from', async () => {
    const later = (pid: string, author: string, uid: string, at: string): SeenPost => ({ ...seen(pid, author, uid), postedAt: at });
    await send('capture', { post: post('100') });
    const first = later('101', '城建科小王', '3', '2026-11-23T10:00:00+08:00');
    await send('threadSeen', { tid: '9', posts: [seen('100', '高亭阿强', '6'), first] });
    const followUp = { ...later('105', '高亭阿强', '6', '2026-11-23T12:00:00+08:00'), text: '什么时候修？' };
    await send('threadSeen', { tid: '9', posts: [first, followUp] });
    const second = later('110', '市政所老李', '4', '2026-11-24T09:00:00+08:00');
    await send('threadSeen', { tid: '9', posts: [first, followUp, second] });
    const entry = (await ledgerDb().entries.get('bbs.test/t9/p100'))!;
    expect(entry.reply).toMatchObject({ at: '2026-11-24T09:00:00+08:00', author: '市政所老李', firstAt: '2026-11-23T10:00:00+08:00' });
  });

  it('the original poster pushing back after the staff reply reopens the entry, restarts the clock and notifies', async () => {
    await send('capture', { post: post('100') });
    await send('threadSeen', { tid: '9', posts: [seen('100', '高亭阿强', '6'), seen('101', '城建科小王', '3')] });
    const pushback = { ...seen('105', '高亭阿强', '6'), text: '还是没修好，什么时候来？' };
    const reply = await send('threadSeen', { tid: '9', posts: [seen('100', '高亭阿强', '6'), seen('101', '城建科小王', '3'), pushback] });
    expect(await fakeBrowser.notifications.getAll()).toHaveProperty(['fw-pushback|bbs.test/t9/p100']);
    expect(reply.states['bbs.test/t9/p100']).toBe('in_progress');
    expect((await ledgerDb().entries.get('bbs.test/t9/p100'))!.newFollowUp).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    // Clicking the notification opens the post.
    setupReminders();
    await fakeBrowser.notifications.onClicked.trigger('fw-pushback|bbs.test/t9/p100');
    await expect.poll(async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(post('100').url);
  });
});
