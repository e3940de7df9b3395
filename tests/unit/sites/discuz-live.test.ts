// Behaviour on a live page: posts appended later, one post at a time, the
// reply boxes Discuz opens on demand. Uses the small sample pages only.
import { afterAll, describe, expect, it } from 'vitest';
import { createDiscuzAdapter, discuzAdapter } from '@/utils/sites/discuz';
import { closePages, parsePage } from './discuz-fixtures';
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

  it('finds a quick reply appended by AJAX, from the reply list, the post itself or the whole page', () => {
    const doc = parsePage(DESKTOP_THREAD, DESKTOP_THREAD_URL);
    const replies = doc.querySelector('#postlistreply')!;
    const added = append(doc, replies, desktopPost(99, '<em>3</em><sup>#</sup>', '岱山建设', 2, '<span title="2026-11-24 17:20:28">12&nbsp;秒前</span>', '您好，已安排维修。'));

    const fromList = adapter.posts(doc, replies);
    expect(fromList.map((p) => [p.key, p.floor, p.postedAt])).toEqual([['bbs.example.cn/t7/p99', 3, '2026-11-24T17:20:28+08:00']]);
    expect(fromList[0]!.containerEl).toBe(added);
    expect(adapter.posts(doc, added).map((p) => p.pid)).toEqual(['99']);
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
    expect(adapter.posts(doc, post).map((p) => [p.pid, adapter.postText(p)])).toEqual([['71', '同感。']]);
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
