// Behaviour on a live page: posts appended later, one post at a time, the
// reply boxes Discuz opens on demand. On the small sample pages, then on the
// live set (the DOM a real Discuz! X3.5 left after its own scripts ran).
import { afterAll, describe, expect, it } from 'vitest';
import { createDiscuzAdapter, discuzAdapter } from '@/utils/sites/discuz';
import type { ReplyEditor } from '@/utils/sites/types';
import { FIXTURE_ORIGIN, FIXTURE_SITE, ajaxContent, closePages, firstChars, loadPage, parsePage, readFixture } from '../../support/discuz-pages';
import { DISCUZ_LIVE_FIXTURES } from '../../support/fixtures';
import { hasLiveFixtures, readLabels, type LiveLabelledPage, type LiveLabels } from '../../support/labels';
import {
  ADVANCED_REPLY,
  ADVANCED_REPLY_URL,
  DESKTOP_THREAD,
  DESKTOP_THREAD_URL,
  FLOAT_REPLY_WINDOW,
  TOUCH_THREAD,
  TOUCH_THREAD_URL,
  desktopPost,
} from './discuz-samples';

afterAll(closePages);

const NOW = new Date('2026-11-24T17:20:40+08:00');
const adapter = createDiscuzAdapter({ now: () => NOW });

function append(doc: Document, parent: Element, html: string): Element {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const el = template.content.firstElementChild!;
  parent.append(el);
  return el;
}

describe('Discuz! X desktop thread, sample page', () => {

  it('reads posts with keys, floors, authors and times', () => {
    const doc = parsePage(DESKTOP_THREAD, DESKTOP_THREAD_URL);
    expect(adapter.detect(doc)).toBe(true);
    expect(adapter.threadInfo(doc)).toEqual({
      site: 'bbs.example.cn',
      tid: '7',
      title: '人民路路灯不亮',
      url: 'http://bbs.example.cn/forum.php?mod=viewthread&tid=7',
      page: 1,
    });
    expect(adapter.posts(doc).map((p) => [p.key, p.floor, p.author, p.authorUid, p.postedAt])).toEqual([
      ['bbs.example.cn/t7/p70', 1, '小区居民', '21', '2026-11-23T20:05:09+08:00'],
      ['bbs.example.cn/t7/p71', 2, '路过的', '22', '2026-11-24T09:00:01+08:00'],
    ]);
  });

  it('keeps quotes, edit notices and attachment tips out of the post text, across inline tags', () => {
    const doc = parsePage(DESKTOP_THREAD, DESKTOP_THREAD_URL);
    expect(adapter.posts(doc).map((p) => adapter.postText(p))).toEqual(['人民路北段路灯一周没亮了。 晚上很黑。', '同感，附上照片。']);
    // Reading the text leaves the page as it was.
    const quote = doc.querySelector('#postmessage_71 div.quote');
    expect(quote).not.toBeNull();
    // The same parts are published for highlighting to skip.
    expect(quote!.matches(adapter.ownTextExclude!)).toBe(true);
    expect(doc.querySelector('#attach_5')!.matches(adapter.ownTextExclude!)).toBe(true);
  });

  it('finds a quick reply inserted by AJAX, from the reply list, the post itself or the whole page', () => {
    const doc = parsePage(DESKTOP_THREAD, DESKTOP_THREAD_URL);
    const replies = doc.querySelector('#postlistreply')!;
    // As Discuz does it: the bare table written into div#post_new, whose id is then blanked.
    const wrapper = doc.querySelector<HTMLElement>('#post_new')!;
    const served = desktopPost(99, '<em>3</em><sup>#</sup>', '岱山建设', 2, '<span title="2026-11-24 17:20:28">12&nbsp;秒前</span>', '您好，已安排维修。');
    const added = append(doc, wrapper, served.replace(/^<div id="post_99">|<\/div>$/g, ''));
    wrapper.id = '';

    const fromList = adapter.posts(doc, [replies]);
    expect(fromList.map((p) => [p.key, p.floor, p.postedAt])).toEqual([['bbs.example.cn/t7/p99', 3, '2026-11-24T17:20:28+08:00']]);
    expect(fromList[0]!.containerEl).toBe(wrapper);
    expect(adapter.posts(doc, [added]).map((p) => p.pid)).toEqual(['99']);
    expect(adapter.posts(doc).map((p) => p.pid)).toEqual(['70', '71', '99']);
    expect(adapter.liveRegions(doc).map((el) => el.id)).toEqual(['postlist', 'postlistreply']);
  });

  it('offers the quick reply box and the floating reply window once Discuz opens it', () => {
    const doc = parsePage(DESKTOP_THREAD, DESKTOP_THREAD_URL);
    expect(adapter.replyEditors(doc).map((e) => [e.kind, e.el.id, e.tid])).toEqual([['textarea', 'fastpostmessage', '7']]);
    append(doc, doc.querySelector('#append_parent')!, FLOAT_REPLY_WINDOW);
    const editors = adapter.replyEditors(doc);
    expect(editors.map((e) => [e.kind, e.el.id, e.tid])).toEqual([
      ['textarea', 'fastpostmessage', '7'],
      ['textarea', 'postmessage', '7'],
    ]);
    expect(editors[1]!.anchorEl.matches('#fwin_reply div.area')).toBe(true);
    expect(adapter.pageKind(doc)).toBe('thread');
  });
});

describe('Discuz! X advanced editor, sample page', () => {

  it('reports the source textarea while no editor frame is shown', () => {
    const doc = parsePage(ADVANCED_REPLY, ADVANCED_REPLY_URL);
    expect(adapter.pageKind(doc)).toBe('reply');
    expect(adapter.threadInfo(doc)).toMatchObject({ tid: '7', title: '人民路路灯不亮' });
    const editor = adapter.replyEditors(doc)[0]!;
    expect([editor.kind, editor.el.id, editor.tid, editor.anchorEl.className]).toEqual(['textarea', 'e_textarea', '7', 'area']);
  });

  it('reports the editable iframe once the WYSIWYG editor hides the textarea', () => {
    const doc = parsePage(ADVANCED_REPLY, ADVANCED_REPLY_URL);
    const textarea = doc.querySelector<HTMLElement>('#e_textarea')!;
    const iframe = doc.createElement('iframe');
    iframe.id = 'e_iframe';
    textarea.parentElement!.append(iframe);
    expect(adapter.replyEditors(doc)[0]!.kind).toBe('textarea');

    textarea.style.display = 'none';
    const editor = adapter.replyEditors(doc)[0]!;
    expect([editor.kind, editor.el, editor.anchorEl.className]).toEqual(['iframe', iframe, 'area']);

    // Switching back to source mode (纯文本) shows the textarea and hides the frame.
    textarea.style.display = '';
    iframe.style.display = 'none';
    expect(adapter.replyEditors(doc)[0]!.el).toBe(textarea);
  });
});

describe('Discuz! X touch thread, sample page', () => {

  it('reads posts, skipping view counts and the edit link in the time cell', () => {
    const doc = parsePage(TOUCH_THREAD, TOUCH_THREAD_URL);
    expect(adapter.detect(doc)).toBe(true);
    expect(adapter.threadInfo(doc)).toMatchObject({ tid: '7', title: '人民路路灯不亮', page: 1 });
    expect(adapter.posts(doc).map((p) => [p.key, p.floor, p.author, p.authorUid, p.postedAt])).toEqual([
      ['bbs.example.cn/t7/p70', 1, '小区居民', '21', '2026-11-23T20:05:00+08:00'],
      ['bbs.example.cn/t7/p71', 2, '路过的', '22', '2026-11-24T16:50:40+08:00'],
    ]);
  });

  it('reads one post when given the post element', () => {
    const doc = parsePage(TOUCH_THREAD, TOUCH_THREAD_URL);
    const post = doc.querySelector('#pid71')!;
    expect(adapter.posts(doc, [post]).map((p) => [p.pid, adapter.postText(p)])).toEqual([['71', '同感。']]);
    expect(adapter.liveRegions(doc).map((el) => el.className)).toEqual(['viewthread']);
  });

  it('counts relative times back from the real clock by default', () => {
    const doc = parsePage(TOUCH_THREAD, TOUCH_THREAD_URL);
    const before = Date.now();
    const postedAt = new Date(discuzAdapter.posts(doc)[1]!.postedAt!).getTime();
    expect(before - postedAt).toBeGreaterThanOrEqual(30 * 60_000 - 1000);
    expect(Date.now() - postedAt).toBeLessThanOrEqual(30 * 60_000 + 1000);
  });
});

const liveLabels = hasLiveFixtures ? readLabels<LiveLabels>(DISCUZ_LIVE_FIXTURES) : { pages: [] };
const livePage = (file: string) => liveLabels.pages.find((p) => p.file === file)!;
const liveAdapter = (page: LiveLabelledPage) => createDiscuzAdapter({ now: () => new Date(page.captured_at) });
const loadLive = (page: LiveLabelledPage) => loadPage(page, DISCUZ_LIVE_FIXTURES);
const editorIds = (editors: ReplyEditor[]) => editors.map((e) => [e.kind, e.el.id, e.tid]);

describe.skipIf(!hasLiveFixtures)('Discuz! X3.5 thread pages after the forum\'s scripts ran (live set, labelled)', () => {
  const threadPages = liveLabels.pages.filter((p) => p.kind === 'viewthread' || p.kind === 'mobile-viewthread');

  it('covers the pages before and after a quick reply and a floating-window reply, desktop and touch', () => {
    expect(threadPages.filter((p) => p.posts?.some((post) => post.in_postlistreply))).toHaveLength(2);
    expect(threadPages.filter((p) => p.kind === 'mobile-viewthread')).toHaveLength(2);
  });

  describe.each(threadPages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const adapter = liveAdapter(page);
    const doc = loadLive(page);
    const posts = adapter.posts(doc);
    const expected = page.posts ?? [];

    it('finds exactly the labelled posts, AJAX-inserted ones included, with keys, authors, floors, times and text', () => {
      expect(adapter.pageKind(doc)).toBe('thread');
      expect(posts.map((p) => [p.key, p.author, p.authorUid, p.floor])).toEqual(
        expected.map((p, i) => [`${FIXTURE_SITE}/t${page.tid}/p${p.pid}`, p.author, String(p.author_uid), i + 1]),
      );
      expected.forEach((label, i) => {
        const diff = Math.abs(new Date(posts[i]!.postedAt!).getTime() - new Date(label.posted_at).getTime());
        expect(diff, `pid ${label.pid}`).toBeLessThanOrEqual(label.posted_at_title ? 0 : 60_000);
      });
      expect(posts.map((p) => firstChars(adapter.postText(p), 40))).toEqual(expected.map((p) => p.text_first40));
    });

    it('marks each post on an element of its own that holds the whole post', () => {
      posts.forEach((post, i) => {
        const el = post.containerEl;
        expect(el.contains(post.bodyEl)).toBe(true);
        if (page.kind === 'mobile-viewthread') return;
        // The served wrapper `div#post_{pid}`, or the blanked `#post_new` an AJAX reply was written into.
        if (expected[i]!.in_postlistreply) expect([el.id, el.parentElement!.id]).toEqual(['', 'postlistreply']);
        else expect(el.id).toBe(`post_${post.pid}`);
      });
    });
  });
});

describe.skipIf(!hasLiveFixtures)('Discuz! X3.5 AJAX reply, replayed on the page it was posted from (live set)', () => {
  /** What the forum's script does with the viewpid answer (succeedhandle_… → fastpostappendreply). */
  function insertLikeDiscuz(doc: Document, fragment: string): void {
    const target = doc.getElementById('post_new')!;
    // `innerHTML =` as one insertion of the parsed nodes, as browsers report it to observers.
    const parsed = doc.createElement('template');
    parsed.innerHTML = fragment;
    target.append(parsed.content);
    target.style.display = '';
    target.id = '';
    const placeholder = doc.createElement('div');
    placeholder.id = 'post_new';
    placeholder.style.display = 'none';
    doc.getElementById('postlistreply')!.append(placeholder);
  }

  it.each([
    ['viewthread-before-fastpost.member.served.html', 'fastpost-viewpid-response.xml', 'viewthread-after-fastpost.member.html'],
    ['viewthread-fwin-reply-open.member.html', 'fwin-reply-viewpid-response.xml', 'viewthread-after-fwin-reply.member.html'],
  ])('%s + %s: the new post is found in the nodes the live regions receive', async (before, answer, after) => {
    const page = livePage(before);
    const adapter = liveAdapter(page);
    const doc = parsePage(readFixture(before, DISCUZ_LIVE_FIXTURES), new URL(page.url, FIXTURE_ORIGIN).href);
    const pid = livePage(answer).fragment_post_pid;

    // A set: browsers report a node once per observer, happy-dom once per observed region (#postlistreply is in #postlist).
    const added = new Set<Node>();
    const observer = new (doc.defaultView! as unknown as typeof globalThis).MutationObserver((records) => {
      for (const r of records) r.addedNodes.forEach((n) => added.add(n));
    });
    for (const region of adapter.liveRegions(doc)) observer.observe(region, { childList: true, subtree: true });
    insertLikeDiscuz(doc, ajaxContent(readFixture(answer, DISCUZ_LIVE_FIXTURES)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();

    const found = adapter.posts(doc, [...added].filter((n): n is Element => n.nodeType === 1));
    const label = livePage(after).posts!.find((p) => p.pid === pid)!;
    expect(found.map((p) => [p.key, p.author, p.authorUid, p.floor])).toEqual([[`${FIXTURE_SITE}/t${page.tid}/p${pid}`, label.author, String(label.author_uid), 4]]);
    expect(found[0]!.containerEl.id).toBe('');
    expect(adapter.posts(doc).map((p) => p.pid)).toEqual(livePage(after).posts!.map((p) => String(p.pid)));
  });
});

describe.skipIf(!hasLiveFixtures)('Discuz! X3.5 reply boxes as the forum\'s scripts leave them (live set)', () => {
  it('offers the floating reply window with the quoted post, next to the quick reply', () => {
    const page = livePage('viewthread-fwin-reply-open.member.html');
    const editors = liveAdapter(page).replyEditors(loadLive(page));
    expect(editorIds(editors)).toEqual([
      ['textarea', 'fastpostmessage', '2'],
      ['textarea', 'postmessage', '2'],
    ]);
    expect(editors[1]!.anchorEl.closest('#fwin_reply')).not.toBeNull();
    const quote = liveAdapter(page).replyQuote!(editors[1]!);
    expect(quote).toMatchObject({ pid: '5', code: expect.stringMatching(/^\[quote\][\s\S]*我们那边也是，路灯不亮，井盖也松了。\[\/quote\]$/) });
  });

  it('keeps the quick reply after the forum rewrote its form for AJAX, and drops the closed window', () => {
    for (const file of ['viewthread-after-fastpost.member.html', 'viewthread-after-fwin-reply.member.html']) {
      const page = livePage(file);
      expect(editorIds(liveAdapter(page).replyEditors(loadLive(page))), file).toEqual([['textarea', 'fastpostmessage', String(page.tid)]]);
    }
    const rewritten = loadLive(livePage('viewthread-after-fastpost.member.html')).querySelector('form#fastpostform')!;
    expect(rewritten.getAttribute('action')).toMatch(/^http:\/\/127\.0\.0\.1:8080\/.*&inajax=1$/);
  });

  it('offers the WYSIWYG frame on the advanced reply page, not the hidden textarea', () => {
    const page = livePage('post-reply-wysiwyg.member.html');
    const doc = loadLive(page);
    expect(liveAdapter(page).pageKind(doc)).toBe('reply');
    const editors = liveAdapter(page).replyEditors(doc);
    expect(editorIds(editors)).toEqual([['iframe', 'e_iframe', '1']]);
    expect(editors[0]!.anchorEl.matches('div.area')).toBe(true);
  });

  it('offers the touch reply page\'s textarea, served and after its scripts ran', () => {
    for (const file of ['mobile-reply-page.member.served.html', 'mobile-reply-page.member.html']) {
      const page = livePage(file);
      const doc = loadLive(page);
      expect(liveAdapter(page).pageKind(doc), file).toBe('reply');
      expect(editorIds(liveAdapter(page).replyEditors(doc)), file).toEqual([['textarea', 'needmessage', '1']]);
    }
  });
});
