import { describe, expect, it } from 'vitest';
import { clearLevelOn, levelTag, showLevelOn } from '@/entrypoints/forum.content/level-look';

function post(style = ''): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('style', style);
  document.body.append(el);
  return el;
}

describe('the level’s look on a forum post', () => {
  it('outlines 紧急 and 关注 differently, not 一般, and puts back the forum’s own outline afterwards', () => {
    const el = post('outline: 1px dotted green');
    const forumOwn = el.style.outline;
    showLevelOn(el, { level: 'urgent', words: ['塌陷'] }, false);
    const urgent = el.style.outline;
    showLevelOn(el, { level: 'watch', words: ['记者'] }, false);
    expect(el.style.outline).not.toBe(urgent);
    expect(el.style.outline).not.toBe(forumOwn);
    showLevelOn(el, { level: 'normal', words: [] }, false);
    expect(el.style.outline).toBe(forumOwn);
    showLevelOn(el, { level: 'urgent', words: ['塌陷'] }, true);
    clearLevelOn(el);
    expect([el.style.outline, el.style.outlineOffset]).toEqual([forumOwn, '']);
    expect(el.hasAttribute('data-fw-level')).toBe(false);
  });

  it('sets data-fw-level only with the hooks on, 一般 included, and none without a match', () => {
    const el = post();
    showLevelOn(el, { level: 'normal', words: [] }, true);
    expect(el.getAttribute('data-fw-level')).toBe('normal');
    showLevelOn(el, null, true);
    expect(el.hasAttribute('data-fw-level')).toBe(false);
    showLevelOn(el, { level: 'urgent', words: ['塌陷'] }, false);
    expect(el.hasAttribute('data-fw-level')).toBe(false);
  });

  it('tags 紧急 and 关注 with their words as text, and 一般 not at all', () => {
    expect(levelTag(document, { level: 'urgent', words: ['塌陷', '<b>漏电</b>'] })?.textContent).toBe('紧急 · 塌陷、<b>漏电</b>');
    expect(levelTag(document, { level: 'watch', words: ['记者'] })?.textContent).toBe('关注 · 记者');
    expect(levelTag(document, { level: 'normal', words: [] })).toBeNull();
    expect(levelTag(document, { level: 'watch', words: [] })?.textContent).toBe('关注 · 敏感时期');
  });
});
