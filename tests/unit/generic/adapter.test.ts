import { describe, expect, it } from 'vitest';
import { createGenericAdapter } from '@/utils/sites/generic';
import { GOV_SELECTORS, NEWS_SELECTORS, NOW, genericProfile, govDoc, newsDoc } from './demo-pages';

const clock = { now: () => NOW };

describe('generic adapter on the news comment column', () => {
  const adapter = createGenericAdapter(genericProfile(NEWS_SELECTORS), clock);

  it('reads every comment with author, time in Shanghai and its text', () => {
    const doc = newsDoc(1);
    expect(adapter.detect(doc)).toBe(true);
    expect(adapter.pageKind(doc)).toBe('thread');
    const posts = adapter.posts(doc);
    expect(posts.map((p) => [p.author, p.postedAt, adapter.postText(p)])).toEqual([
      ['岱山网友', '2026-11-22T10:12:00+08:00', '修了快四个月了，希望年底前真能通车。'],
      ['高亭居民', '2026-11-23T08:45:00+08:00', '施工路段晚上太暗了，路灯什么时候装？'],
      ['骑车上班族', '2026-11-24T08:40:00+08:00', '早高峰还是堵，建议错峰施工。'],
    ]);
    expect(posts[0]!.permalink).toBe('http://127.0.0.1:8080/news/comments.html?id=1#c1');
    expect(adapter.threadInfo(doc)).toMatchObject({ site: '127.0.0.1:8080', title: '环城北路改造工程进入路面施工阶段' });
  });

  it('gives keys that survive a reload and differ between articles', () => {
    const first = adapter.posts(newsDoc(1)).map((p) => p.key);
    const again = adapter.posts(newsDoc(1)).map((p) => p.key);
    const other = adapter.posts(newsDoc(2)).map((p) => p.key);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(first[0]).toMatch(/^127\.0\.0\.1:8080\/t\w+\/pc1$/);
    expect(other.some((k) => first.includes(k))).toBe(false);
  });

  it('reads the shown time when the page gives no machine-readable one', () => {
    const doc = newsDoc(1);
    doc.querySelectorAll('time').forEach((el) => el.removeAttribute('datetime'));
    expect(adapter.posts(doc).map((p) => p.postedAt)).toEqual(['2026-11-22T10:12:00+08:00', '2026-11-23T08:45:00+08:00', '2026-11-24T08:40:00+08:00']);
  });

  it('finds the comment textarea as the reply box', () => {
    const doc = newsDoc(1);
    expect(adapter.replyEditors(doc).map((e) => [e.kind, e.el.id])).toEqual([['textarea', 'comment-content']]);
  });

  it('reads a comment added later when given just that element, and ignores the capture bar in its text', () => {
    const doc = newsDoc(1);
    const list = doc.querySelector('#comment-list')!;
    expect(adapter.liveRegions(doc)).toEqual([list]);
    const item = doc.querySelector('#c1')!.cloneNode(true) as HTMLElement;
    item.id = 'c99';
    item.querySelector('.comment-text')!.textContent = '路灯已经装好了。';
    list.append(item);
    const bar = doc.createElement('div');
    bar.setAttribute('data-fw-ui', 'bar');
    bar.textContent = '登记到台账';
    item.prepend(bar);
    const [post] = adapter.posts(doc, [item]);
    expect(post!.pid).toBe('c99');
    expect(adapter.postText(post!)).toBe('路灯已经装好了。');
  });
});

describe('generic adapter on the government message board', () => {
  const adapter = createGenericAdapter(genericProfile(GOV_SELECTORS), clock);

  it('reads each message with the name after its label, the time, and only the message text', () => {
    const posts = adapter.posts(govDoc());
    expect(posts.map((p) => [p.pid, p.author, p.postedAt])).toEqual([
      ['msg-1', '李先生', '2026-11-24T08:00:00+08:00'],
      ['msg-2', '陈女士', '2026-11-23T16:20:00+08:00'],
      ['msg-3', '王先生', '2026-11-16T10:00:00+08:00'],
    ]);
    // The bureau's answer under message 3 is not the netizen's text.
    const third = adapter.postText(posts[2]!);
    expect(third).toBe('建设路邮政局门口人行道地砖松动翘起，下雨踩上去会溅水，请安排维修。');
  });

  it('offers the staff reply boxes as editable elements, and none to a netizen', () => {
    const editors = adapter.replyEditors(govDoc(true));
    expect(editors.map((e) => e.kind)).toEqual(['contenteditable', 'contenteditable']);
    expect(editors.every((e) => e.el.classList.contains('reply-editor'))).toBe(true);
    expect(adapter.replyEditors(govDoc(false))).toEqual([]);
  });

  it('hashes a stable key when posts carry no id', () => {
    const strip = (doc: Document) => {
      doc.querySelectorAll('.msg-item').forEach((el) => {
        el.removeAttribute('id');
        el.removeAttribute('data-msg-id');
      });
      return doc;
    };
    const keys = adapter.posts(strip(govDoc())).map((p) => p.key);
    expect(adapter.posts(strip(govDoc())).map((p) => p.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(3);
    expect(adapter.posts(strip(govDoc()))[0]!.permalink).toBe('http://127.0.0.1:8080/gov/messages.html');
  });
});

describe('generic adapter with broken selectors', () => {
  it('finds nothing instead of throwing', () => {
    const adapter = createGenericAdapter(
      genericProfile({ post: 'li[', author: '::nope', time: '', body: '', title: '#', replyBox: 'div >' }),
      clock,
    );
    const doc = newsDoc(1);
    expect(adapter.detect(doc)).toBe(false);
    expect(adapter.pageKind(doc)).toBe('other');
    expect(adapter.posts(doc)).toEqual([]);
    expect(adapter.posts(doc, [doc.querySelector('#c1')!])).toEqual([]);
    expect(adapter.replyEditors(doc)).toEqual([]);
    expect(adapter.liveRegions(doc)).toEqual([]);
    expect(adapter.threadInfo(doc)?.title).toContain('民生专栏');
  });

  it('falls back to the whole post when the body selector finds nothing, and leaves missing fields empty', () => {
    const adapter = createGenericAdapter(genericProfile({ ...NEWS_SELECTORS, author: '.nobody', time: '.never', body: '.gone' }), clock);
    const [first] = adapter.posts(newsDoc(1));
    expect(first!.author).toBe('');
    expect(first!.postedAt).toBeNull();
    expect(adapter.postText(first!)).toContain('修了快四个月了');
  });
});
