import { describe, expect, it } from 'vitest';
import { previewProfile } from '@/utils/sites/generic/preview';
import { checkSelectors } from '@/utils/sites/generic';
import { GOV_SELECTORS, NEWS_SELECTORS, NOW, govDoc, newsDoc } from './demo-pages';

describe('live preview of a profile', () => {
  it('counts the posts and shows the first three with author, time and the start of the text', () => {
    const preview = previewProfile(govDoc(), GOV_SELECTORS, NOW);
    expect(preview).toMatchObject({ count: 3, replyBoxes: 2, title: '公众留言', problems: [] });
    expect(preview.first).toHaveLength(3);
    expect(preview.first[0]).toMatchObject({ author: '李先生', postedAt: '2026-11-24T08:00:00+08:00' });
    expect(preview.first[0]!.text).toHaveLength(40);
    expect(preview.first[0]!.text.startsWith('东港新城6幢2单元楼道灯坏了两个多月')).toBe(true);
  });

  it('names the fields that find nothing, or find it only in some posts', () => {
    const doc = newsDoc(1);
    doc.querySelector('#c2 .comment-user')!.remove();
    const preview = previewProfile(doc, { ...NEWS_SELECTORS, time: '.comment-area', title: '.headline' }, NOW);
    expect(preview.count).toBe(3);
    expect(preview.problems).toEqual([
      '「作者」只在 2/3 条帖子里找到',
      '「时间」有 3 条帖子读不出时间',
      '「标题」在本页没有找到',
    ]);
  });

  it('reports broken selectors in words and a missing post selector, without throwing', () => {
    expect(checkSelectors({ ...NEWS_SELECTORS, post: ' ', author: 'span[' })).toEqual([
      '「帖子容器」选择器不能为空',
      '「作者」不是有效的 CSS 选择器：span[',
    ]);
    const preview = previewProfile(newsDoc(1), { ...NEWS_SELECTORS, post: 'li[' }, NOW);
    expect(preview.count).toBe(0);
    expect(preview.problems).toEqual(['「帖子容器」不是有效的 CSS 选择器：li[']);
  });

  it('says so when posts or the reply box are not on the page, and when keys collide', () => {
    expect(previewProfile(newsDoc(1), { ...NEWS_SELECTORS, post: '.nothing-here' }, NOW).problems).toEqual(['「帖子容器」在本页没有找到任何帖子']);
    expect(previewProfile(govDoc(false), GOV_SELECTORS, NOW).problems).toEqual(['「回复框」在本页没有找到（登录后才出现的回复框除外）']);
    expect(previewProfile(newsDoc(1), { ...NEWS_SELECTORS, replyBox: '.comment-form' }, NOW).replyBoxes).toBe(1);
    expect(previewProfile(newsDoc(1), { ...NEWS_SELECTORS, replyBox: '.comment-meta' }, NOW).problems).toEqual(['「回复框」选到的元素不能输入文字']);
    const doc = newsDoc(1);
    doc.querySelectorAll('.comment-item').forEach((el) => {
      el.removeAttribute('id');
      el.removeAttribute('data-comment-id');
      el.querySelector('.comment-text')!.textContent = '同样的话';
      el.querySelector('.comment-user')!.textContent = '同一人';
      el.querySelector('time')!.setAttribute('datetime', '2026-11-24T08:00:00+08:00');
    });
    expect(previewProfile(doc, NEWS_SELECTORS, NOW).problems).toEqual(['有 2 条帖子的键重复：请让「帖子容器」选到每条帖子各自的元素']);
  });
});
