// The reception of staff replies on real Discuz! X threads (../shared fixtures, skipped without them)
// and on the project's own sample page: each page's posts go through the adapter as the content
// script reports them, into a ledger entry captured from the thread's first post.
import { afterAll, describe, expect, it } from 'vitest';
import { createDiscuzAdapter } from '@/utils/sites/discuz';
import { seenPost } from '@/utils/sites/seen-post';
import { applyThreadPosts } from '@/utils/ledger/thread-seen';
import { expandVariants } from '@/utils/matching/variants';
import { receptionClassifier } from '@/utils/reception/classify';
import { captureEntry } from '@/utils/ledger/capture';
import { defaultSettings } from '@/utils/settings/defaults';
import type { Settings } from '@/utils/settings/types';
import type { PostInfo } from '@/utils/sites/types';
import { closePages, loadPage, parsePage } from '../../support/discuz-pages';
import { DISCUZ_LIVE_FIXTURES } from '../../support/fixtures';
import { hasFixtures, hasLiveFixtures, readLabels, type LiveLabels } from '../../support/labels';
import { desktopPost } from './discuz-samples';
import { freshDb } from '../../support/ledger-db';

afterAll(closePages);

const NOW = new Date('2026-11-24T17:20:40+08:00');
const adapter = createDiscuzAdapter({ now: () => NOW });

/** pid → 好评 / 追问 / 跟帖, as the entry's history records the posts after the reply. */
async function receptionOf(posts: PostInfo[], settings: Settings = defaultSettings()): Promise<Record<string, string>> {
  const db = freshDb();
  const first = posts[0]!;
  await captureEntry(db, { ...first, title: 't', url: first.permalink, excerpt: '', topics: [] }, {
    now: NOW, actor: '值班员', dueFor: () => '2026-11-24T17:30:00+08:00', departmentFor: () => null,
  });
  await applyThreadPosts(db, settings, receptionClassifier(settings.reception, expandVariants), first.site, first.tid, posts.map((p) => seenPost(adapter, p)), NOW);
  const classes: Record<string, string> = {};
  for (const event of await db.events.where('key').equals(first.key).toArray()) {
    const pid = /pid=(\d+)/.exec(event.note ?? '')?.[1];
    if (event.type !== 'followup' || !pid) continue;
    classes[pid] = event.note!.startsWith('好评') ? '好评' : event.note!.startsWith('追问') ? '追问' : '跟帖';
  }
  return classes;
}

const labels = hasFixtures ? readLabels() : { pages: [] };
const threadPosts = (...files: string[]) =>
  files.flatMap((file) => adapter.posts(loadPage(labels.pages.find((p) => p.file === file)!)));

describe.skipIf(!hasFixtures)('reception of staff replies on the saved real threads', () => {
  it.each([
    // The original poster's thanks; a bystander asking a question is not 追问.
    ['viewthread-tid9-demolition-compensation-standard-staff-reply.guest.html', { 35: '好评', 110: '跟帖' }],
    ['viewthread-tid21-illegal-renovation-load-bearing-wall-staff-reply.guest.html', { 96: '好评' }],
    ['viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.guest.html', { 106: '好评', 127: '跟帖' }],
    ['mobile-viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.guest.html', { 106: '好评', 127: '跟帖' }],
    ['viewthread-tid29-streetlights-donghai-road-staff-reply.guest.html', { 128: '好评' }],
    // The original poster quoting the reply, hopeful but not pushing back; then news of the fix.
    ['viewthread-tid8-delayed-delivery-penglaifu-staff-reply.guest.html', { 31: '跟帖', 73: '跟帖' }],
    ['viewthread-tid16-water-leak-new-flat-edited-staff-reply.guest.html', { 83: '跟帖' }],
    ['viewthread-tid20-illegal-shed-market-staff-reply.guest.html', { 112: '跟帖' }],
  ])('%s', async (file, expected) => {
    expect(await receptionOf(threadPosts(file))).toEqual(expected);
  });

  it.each([
    ['viewthread-tid14-road-works-yangang-west-road-staff-reply.guest.html', 'viewthread-tid14-p2-road-works-yangang-west-road-staff-reply.guest.html'],
    ['mobile-viewthread-tid14-road-works-yangang-west-road-staff-reply.guest.html', 'mobile-viewthread-tid14-p2-road-works-yangang-west-road-staff-reply.guest.html'],
  ])('the original poster quoting the reply with thanks and sarcasm is 追问; the next staff post answers it and later praise counts (%s)', async (...files) => {
    // 54 asks "楼上是官方的？" without quoting: a bystander's question. 78 comes while the entry waits for the answer (88).
    const posts = threadPosts(...files);
    expect(adapter.quotedPid?.(posts.find((p) => p.pid === '77')!)).toBe('76');
    expect(await receptionOf(posts)).toEqual({ 54: '跟帖', 58: '跟帖', 65: '跟帖', 71: '跟帖', 77: '追问', 146: '好评' });
  });
});

describe.skipIf(!hasLiveFixtures)('reception on the live set', () => {
  const live = hasLiveFixtures ? readLabels<LiveLabels>(DISCUZ_LIVE_FIXTURES) : { pages: [] };
  it('staff posts after the reply, quoting a netizen or not, are no netizen follow-ups', async () => {
    for (const file of ['viewthread-after-fastpost.member.html', 'viewthread-after-fwin-reply.member.html']) {
      const posts = adapter.posts(loadPage(live.pages.find((p) => p.file === file)!, DISCUZ_LIVE_FIXTURES));
      expect(posts.length).toBeGreaterThan(3);
      expect(await receptionOf(posts)).toEqual({});
    }
  });
});

describe('reception on the sample page', () => {
  const HEAD = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>井盖 - 示例论坛 - Powered by Discuz!</title><meta name="generator" content="Discuz! X3.5"><base href="http://bbs.example.cn/"></head>';
  const quote = (pid: number) =>
    `<div class="quote"><blockquote><font size="2"><a href="http://bbs.example.cn/forum.php?mod=redirect&amp;goto=findpost&amp;pid=${pid}&amp;ptid=7" target="_blank"><font color="#999999">岱山建设 发表于 2026-11-24 10:00</font></a></font><br />已安排更换，请问还有问题吗？</blockquote></div><br />`;
  const page = (...posts: string[]) =>
    parsePage(`${HEAD}<body id="nv_forum" class="pg_viewthread"><div id="postlist" class="pl bm">${posts.join('')}</div></body></html>`, 'http://bbs.example.cn/forum.php?mod=viewthread&tid=7');
  const settings = defaultSettings();
  settings.staff = [{ id: 'office', person: '局办公室', department: '局办公室', phone: '', official: true, accounts: [{ site: 'bbs.example.cn', name: '岱山建设', uid: '2' }] }];

  it('reads the quoted post and the own words, so a question in the quote does not count, and one quoting the reply does', async () => {
    const doc = page(
      desktopPost(70, '楼主', '小区居民', 21, '2026-11-24 08:00:00', '井盖破了。'),
      desktopPost(71, '沙发', '岱山建设', 2, '2026-11-24 10:00:00', '已安排更换，请问还有问题吗？'),
      desktopPost(72, '板凳', '路过的', 22, '2026-11-24 11:00:00', `${quote(71)}换好了，点赞。`),
      desktopPost(73, '地板', '隔壁老王', 23, '2026-11-24 12:00:00', `${quote(71)}那旁边那个呢？`),
    );
    const posts = adapter.posts(doc);
    expect(posts.map((p) => adapter.quotedPid?.(p) ?? null)).toEqual([null, null, '71', '71']);
    expect(seenPost(adapter, posts[2]!).text).toBe('换好了，点赞。');
    expect(await receptionOf(posts, settings)).toEqual({ 72: '好评', 73: '追问' });
  });
});
