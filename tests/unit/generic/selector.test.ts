import { describe, expect, it } from 'vitest';
import { fieldSelector, postSelector, repeatedItem, replyBoxSelector, titleSelector, uniqueSelector } from '@/utils/sites/generic/selector';
import { govDoc, newsDoc, parseAt } from './demo-pages';

describe('picking a post generalises to every post of the list', () => {
  it('news comments: a click on the text picks every comment item', () => {
    const doc = newsDoc(1);
    const item = repeatedItem(doc.querySelector('#c2 .comment-text')!)!;
    expect(item.id).toBe('c2');
    const sel = postSelector(item);
    expect(sel).toBe('.comment-item');
    expect([...doc.querySelectorAll(sel)].map((el) => el.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('message board: a click on the name picks every message, not the bureau answer inside', () => {
    const doc = govDoc();
    const sel = postSelector(repeatedItem(doc.querySelector('#msg-3 .msg-user')!)!);
    expect([...doc.querySelectorAll(sel)].map((el) => el.id)).toEqual(['msg-1', 'msg-2', 'msg-3']);
  });

  it('a list without classes is scoped by its container', () => {
    const doc = parseAt(
      `<div id="side"><ul><li><a href="#">a</a></li><li><a href="#">b</a></li></ul></div>
       <div id="talk"><ul><li><b>甲</b><p>一</p></li><li><b>乙</b><p>二</p></li><li><b>丙</b><p>三</p></li></ul></div>`,
      'http://127.0.0.1/x.html',
    );
    const item = repeatedItem(doc.querySelectorAll('#talk p')[1]!)!;
    const sel = postSelector(item);
    expect(sel).toBe('#talk ul > li');
    expect(doc.querySelectorAll(sel)).toHaveLength(3);
  });

  it('skips numbered ids, state classes and the extension\'s own marks', () => {
    const doc = parseAt(
      `<div class="c-list"><div class="c-row active" id="row17"><span class="who">甲</span><span class="txt">违章<mark data-fw-hit="t">建筑</mark></span></div>
       <div class="c-row" id="row18"><span class="who">乙</span><span class="txt">二</span></div></div>`,
      'http://127.0.0.1/x.html',
    );
    const item = repeatedItem(doc.querySelector('mark')!)!;
    expect(postSelector(item)).toBe('.c-row');
    expect(fieldSelector(doc.querySelector('mark')!, item, '.c-row')).toBe('.txt');
  });
});

describe('picking a field inside a post', () => {
  it('finds author, time and body by their classes, valid in every post', () => {
    const doc = newsDoc(1);
    const post = doc.querySelector('#c1')!;
    expect(fieldSelector(post.querySelector('.comment-user')!, post, '.comment-item')).toBe('.comment-user');
    expect(fieldSelector(post.querySelector('time')!, post, '.comment-item')).toBe('.comment-time');
    expect(fieldSelector(post.querySelector('.comment-text')!, post, '.comment-item')).toBe('.comment-text');
  });

  it('uses a child path when the element has no class', () => {
    const doc = parseAt(
      `<ol><li class="r"><div><span>甲</span><span>2026-11-24 08:00</span></div><p>一</p></li>
       <li class="r"><div><span>乙</span><span>2026-11-24 09:00</span></div><p>二</p></li></ol>`,
      'http://127.0.0.1/x.html',
    );
    const post = doc.querySelector('li.r')!;
    const sel = fieldSelector(post.querySelectorAll('span')[1]!, post, 'li.r');
    expect([...doc.querySelectorAll(`li.r ${sel}`)].map((el) => el.textContent)).toEqual(['2026-11-24 08:00', '2026-11-24 09:00']);
  });
});

describe('page-level fields', () => {
  it('title and reply boxes', () => {
    const news = newsDoc(1);
    expect(titleSelector(news.querySelector('.article-title')!)).toBe('.article-title');
    expect(replyBoxSelector(news.querySelector('#comment-content')!)).toBe('#comment-content');
    const gov = govDoc();
    const sel = replyBoxSelector(gov.querySelector('#msg-1 .reply-editor')!);
    expect(sel).toBe('.reply-editor');
    expect(gov.querySelectorAll(sel)).toHaveLength(2);
  });

  it('a unique selector always finds exactly the element', () => {
    const doc = govDoc();
    for (const el of [...doc.querySelectorAll('.msg-title, .msg-no, button, label')]) {
      const found = doc.querySelectorAll(uniqueSelector(el));
      expect(found).toHaveLength(1);
      expect(found[0]).toBe(el);
    }
  });
});
