import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Topic } from '@/utils/settings/types';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { clearHighlights, highlightElement, isOwnMutation, type ElementMatch } from '@/utils/matching/highlight';
import { createHighlighter } from '@/utils/matching/slices';
import { isBump, topicsInThread } from '@/utils/matching/thread-context';

function topic(id: string, fields: Partial<Topic>): Topic {
  return { id, name: id, color: '#ffa39e', department: '建管科', any: [], all: [], none: [], regex: [], ...fields };
}

const matcher = createMatcher(
  compileRules([
    topic('illegal', { any: ['违章建筑', '违建'] }),
    topic('municipal', { any: ['路灯', '井盖'], color: 'red;}body{display:none' }),
  ]),
);

/** Builds a post body from trusted test markup. */
function body(html: string): HTMLElement {
  const el = document.createElement('td');
  el.className = 't_f';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('highlightElement with <mark> (no Highlight API)', () => {
  it('finds a keyword split by an inline tag and wraps each piece', () => {
    const el = body('楼顶那个违章<b>建筑</b>没人管');
    expect(highlightElement(el, matcher).topics).toEqual(['illegal']);
    const marks = [...el.querySelectorAll('mark[data-fw-hit]')];
    expect(marks.map((m) => [m.getAttribute('data-fw-hit'), m.textContent])).toEqual([
      ['illegal', '违章'],
      ['illegal', '建筑'],
    ]);
    expect(el.textContent).toBe('楼顶那个违章建筑没人管');
    expect(el.querySelector('b > mark')?.textContent).toBe('建筑');
  });

  it('does not join words across a line break or a block', () => {
    expect(highlightElement(body('违章<br>建筑'), matcher).topics).toEqual([]);
    expect(highlightElement(body('<div>违章</div><div>建筑</div>'), matcher).topics).toEqual([]);
  });

  it('leaves quoted posts and edit notices out when asked', () => {
    const el = body('<i class="pstatus">本帖最后由 x 编辑</i><div class="quote"><blockquote>那边路灯坏了</blockquote></div>井盖也丢了');
    expect(highlightElement(el, matcher, { exclude: 'div.quote, i.pstatus' }).topics).toEqual(['municipal']);
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['井盖']);
    expect(el.querySelector('blockquote mark')).toBeNull();
  });

  it('only puts a validated colour into the page', () => {
    const el = body('路灯不亮');
    highlightElement(el, matcher);
    const mark = el.querySelector('mark') as HTMLElement;
    expect(mark.style.backgroundColor).not.toContain('red');
    expect(document.body.style.display).toBe('');
  });

  it('can be undone, and highlighting again does not nest marks', () => {
    const html = '有人举报违<font color="red">建</font>和路灯';
    const el = body(html);
    highlightElement(el, matcher);
    highlightElement(el, matcher);
    expect(el.querySelectorAll('mark mark')).toHaveLength(0);
    expect(el.querySelectorAll('mark')).toHaveLength(3);
    clearHighlights(el);
    expect(el.innerHTML).toBe(html);
  });

  it('lets a page observer tell its own mutations from the page’s', async () => {
    const el = body('路灯<b>不亮</b>');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    highlightElement(el, matcher);
    await new Promise((r) => setTimeout(r, 0));
    expect(records.length).toBeGreaterThan(0);
    expect(records.every(isOwnMutation)).toBe(true);
    records.length = 0;
    el.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(records.some((r) => !isOwnMutation(r))).toBe(true);
    observer.disconnect();
  });
});

describe('highlightElement with the CSS Custom Highlight API', () => {
  // The test DOM has no Highlight API: a minimal registry stands in for the browser's.
  const win = document.defaultView as unknown as Record<string, unknown>;
  const highlights = new Map<string, Set<Range>>();
  const saved = Object.getOwnPropertyDescriptor(win, 'CSS');
  beforeEach(() => {
    highlights.clear();
    Object.defineProperty(win, 'CSS', { configurable: true, value: { highlights } });
    win.Highlight = class extends Set<Range> {};
  });
  afterEach(() => {
    if (saved) Object.defineProperty(win, 'CSS', saved);
    else delete win.CSS;
    delete win.Highlight;
  });

  it('registers ranges per topic and a ::highlight stylesheet, without touching the post', () => {
    const html = '违章<b>建筑</b>旁边的路灯';
    const el = body(html);
    expect(highlightElement(el, matcher).topics).toEqual(['illegal', 'municipal']);
    expect(el.innerHTML).toBe(html);
    const illegal = [...highlights.get('fw-illegal')!];
    expect(illegal.map((r) => r.toString())).toEqual(['违章建筑']);
    expect([...highlights.get('fw-municipal')!].map((r) => r.toString())).toEqual(['路灯']);
    expect(el.hasAttribute('data-fw-hl')).toBe(true);
    const css = document.querySelector('style[data-fw-ui]')!.textContent!;
    expect(css).toContain('[data-fw-hl]::highlight(fw-illegal){background-color:#ffa39e}');
    expect(css).toContain('[data-fw-hl]::highlight(fw-municipal){background-color:#ffe58f}');
    expect(css).not.toContain('display:none');
    clearHighlights(el);
    expect(highlights.get('fw-illegal')!.size).toBe(0);
    expect(el.hasAttribute('data-fw-hl')).toBe(false);
  });
});

describe('warning words from the same scan', () => {
  it('hands on the warning words found with the topics, and none for an element without a topic', () => {
    const warned = createMatcher(
      compileRules([topic('municipal', { any: ['路面', '井盖'] })], undefined, [
        { id: 'safety', name: '安全事故', level: 'urgent', words: ['塌陷'] },
        { id: 'media', name: '媒体', level: 'watch', words: ['记者'] },
      ]),
    );
    expect(highlightElement(body('五叉路口路面<b>塌陷</b>，已经叫了记者'), warned)).toEqual({
      topics: ['municipal'],
      warning: { urgent: ['塌陷'], watch: ['记者'] },
    });
    expect(highlightElement(body('隔壁县的桥塌陷了'), warned).topics).toEqual([]);
  });
});

describe('many elements and elements added later', () => {
  it('works through a batch in time slices and reports every element once', async () => {
    const els = Array.from({ length: 30 }, (_, i) => body(i % 3 ? '今天天气不错' : '路灯坏了'));
    const results = new Map<Element, ElementMatch>();
    await createHighlighter(matcher, { sliceMs: 0, onResult: (el, found) => results.set(el, found) }).add(els);
    expect(results.size).toBe(30);
    expect([...results.values()].filter((found) => found.topics.length)).toHaveLength(10);
    expect(document.querySelectorAll('mark[data-fw-hit="municipal"]')).toHaveLength(10);
  });

  it('handles posts appended later without redoing earlier ones', async () => {
    const seen: string[] = [];
    const highlighter = createHighlighter(matcher, { onResult: (el, found) => seen.push(`${el.id}:${found.topics}`) });
    const first = body('井盖丢了');
    first.id = 'p1';
    await highlighter.add([first]);
    const later = body('违建');
    later.id = 'p2';
    await highlighter.add([first, later]);
    expect(seen).toEqual(['p1:municipal', 'p2:illegal']);
    expect(first.querySelectorAll('mark')).toHaveLength(1);
  });
});

describe('thread context', () => {
  it('gives replies the thread title’s topics, but not bumps', () => {
    expect(isBump('帮顶！')).toBe(true);
    expect(isBump('顶一下，让更多人看到。')).toBe(true);
    expect(isBump('顶楼加盖的那户还在施工，晚上吵得睡不着')).toBe(false);
    expect(topicsInThread(matcher, [], ['illegal'], '同感！')).toEqual(['illegal']);
    expect(topicsInThread(matcher, ['municipal'], ['illegal'], '路灯也坏了')).toEqual(['illegal', 'municipal']);
    expect(topicsInThread(matcher, [], ['illegal'], '帮顶')).toEqual([]);
  });
});
