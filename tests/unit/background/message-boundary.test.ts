import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import type { CapturePayload } from '@/utils/ledger/capture';
import { routeMessage, type Sender } from '@/entrypoints/background/router';
import { pagePost, tabAt } from './page-post';
import { SEEN_TEXT_CHARS } from '@/utils/messages';

const post = (site: string, over: Partial<CapturePayload> = {}) => pagePost(site, '100', over);

const ATTACKER = tabAt('http://bbs.attacker.cn/forum.php?mod=viewthread&tid=9');
const VICTIM = tabAt('http://bbs.victim.cn/forum.php?mod=viewthread&tid=9');
const DASHBOARD: Sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html'), tab: { id: 8 } };
const route = (message: object, sender: Sender) => routeMessage(message, sender) as Promise<Record<string, unknown>>;

describe('the background trusts the sender tab, not what a page claims', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ledgerDb().entries.clear();
    await ledgerDb().events.clear();
    await saveSettings(defaultSettings());
  });

  it('a page cannot capture into another site, even with a <base href> pointing there', async () => {
    const reply = await route({ type: 'capture', post: post('bbs.victim.cn') }, ATTACKER);
    expect(reply.error).toMatch(/不属于当前网站/);
    expect(await ledgerDb().entries.count()).toBe(0);
  });

  it('refuses a capture whose address is not an http(s) page of the same site', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://bbs.victim.cn/forum.php?tid=9']) {
      const reply = await route({ type: 'capture', post: post('bbs.attacker.cn', { url }) }, ATTACKER);
      expect(reply.error, url).toBeTruthy();
    }
    expect(await ledgerDb().entries.count()).toBe(0);
  });

  it('a page cannot mark another site’s entries replied', async () => {
    expect((await route({ type: 'capture', post: post('bbs.victim.cn') }, VICTIM)).status).toBe('new');
    const staffReply = {
      key: 'bbs.victim.cn/t9/p101',
      site: 'bbs.victim.cn',
      tid: '9',
      pid: '101',
      floor: 2,
      order: 101,
      author: '岱山建设',
      authorUid: '2',
      postedAt: '2026-11-23T10:00:00+08:00',
      permalink: 'http://bbs.victim.cn/forum.php?mod=redirect&pid=101',
    };
    const reply = await route({ type: 'threadSeen', tid: '9', posts: [staffReply] }, ATTACKER);
    expect(reply.error).toMatch(/不属于当前网站/);
    expect((await ledgerDb().entries.get('bbs.victim.cn/t9/p100'))!.status).toBe('new');
  });

  it('takes at most the start of a post’s text, and a quoted post only by its id', async () => {
    const own = { key: 'bbs.victim.cn/t9/p101', site: 'bbs.victim.cn', tid: '9', pid: '101', floor: 2, order: 101, author: '高亭阿强', authorUid: '6', postedAt: null, permalink: '' };
    expect((await route({ type: 'threadSeen', tid: '9', posts: [{ ...own, text: '谢'.repeat(SEEN_TEXT_CHARS), quotedPid: '100' }] }, VICTIM)).error).toBeUndefined();
    expect((await route({ type: 'threadSeen', tid: '9', posts: [{ ...own, text: '谢'.repeat(SEEN_TEXT_CHARS + 1) }] }, VICTIM)).error).toMatch(/格式不对/);
    expect((await route({ type: 'threadSeen', tid: '9', posts: [{ ...own, quotedPid: '<b>100</b> x' }] }, VICTIM)).error).toMatch(/格式不对/);
  });

  it('answers a page only about its own site: states and the reply helper’s entry', async () => {
    await route({ type: 'capture', post: post('bbs.victim.cn') }, VICTIM);
    expect(await route({ type: 'states', keys: ['bbs.victim.cn/t9/p100'] }, ATTACKER)).toEqual({ states: {} });
    expect(await route({ type: 'threadEntry', tid: '9', quotedPid: null }, ATTACKER)).toMatchObject({ entry: null });
    const own = await route({ type: 'threadEntry', tid: '9', quotedPid: null }, VICTIM);
    // What the reply helper needs, and nothing of the entry's history, fixes, escalation or reply.
    expect(Object.keys(own.entry as object).sort()).toEqual(
      ['author', 'capturedAt', 'department', 'draft', 'dueAt', 'key', 'pid', 'postedAt', 'status', 'title', 'topics', 'url'].sort(),
    );
  });

  it('a forum page cannot approve a draft; the extension’s own pages can', async () => {
    await route({ type: 'capture', post: post('bbs.victim.cn') }, VICTIM);
    await route({ type: 'pageDraft', key: 'bbs.victim.cn/t9/p100', action: 'save', text: '您好，感谢关注。' }, VICTIM);
    expect((await route({ type: 'pageDraft', key: 'bbs.victim.cn/t9/p100', action: 'approve', approver: '王局长' }, VICTIM)).error).toBeTruthy();
    expect((await route({ type: 'draft', key: 'bbs.victim.cn/t9/p100', action: 'approve', approver: '王局长' }, VICTIM)).error).toMatch(/扩展自己的页面/);
    expect((await ledgerDb().entries.get('bbs.victim.cn/t9/p100'))!.draft?.approvedBy).toBeNull();
    const approved = await route({ type: 'draft', key: 'bbs.victim.cn/t9/p100', action: 'approve', approver: '王局长' }, DASHBOARD);
    expect(approved.error).toBeUndefined();
    expect((await ledgerDb().entries.get('bbs.victim.cn/t9/p100'))!.draft?.approvedBy).toBe('王局长');
  });

  it('page requests come only from pages, and a page cannot draft for another site', async () => {
    expect((await route({ type: 'capture', post: post('bbs.victim.cn') }, DASHBOARD)).error).toMatch(/论坛页面/);
    await route({ type: 'capture', post: post('bbs.victim.cn') }, VICTIM);
    expect((await route({ type: 'pageDraft', key: 'bbs.victim.cn/t9/p100', action: 'save', text: '假的' }, ATTACKER)).error).toMatch(/不属于当前网站/);
  });

  it('names that only look like message types are not handled (toString, constructor)', async () => {
    for (const type of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect((await route({ type }, DASHBOARD)).error, type).toMatch(/无法识别/);
    }
  });
});
