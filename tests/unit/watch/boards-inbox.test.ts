import { describe, expect, it } from 'vitest';
import { afterLook, boardAddress, newThreadIds } from '@/utils/watch/boards';
import { emptyInbox, withNewItems, withoutItem, type InboxItem } from '@/utils/watch/inbox';
import { withFirstPostTopics } from '@/utils/watch/first-post-topics';

const item = (tid: string): InboxItem => ({
  key: `bbs.daishan.cn/t${tid}`,
  foundAt: 0,
  post: { key: `bbs.daishan.cn/t${tid}/p1`, site: 'bbs.daishan.cn', tid, pid: '1', title: `帖子 ${tid}`, url: 'https://bbs.daishan.cn/', author: '网友', authorUid: null, postedAt: null, excerpt: '', topics: ['road'] },
});

describe('watched boards', () => {
  it('a board is watched under its first page, whatever page or filter was open', () => {
    expect(boardAddress('https://bbs.daishan.cn/forum.php?mod=forumdisplay&fid=2&page=3&filter=typeid#x')).toBe('https://bbs.daishan.cn/forum.php?mod=forumdisplay&fid=2');
    expect(boardAddress('https://bbs.daishan.cn/forum-2-5.html')).toBe('https://bbs.daishan.cn/forum-2-1.html');
  });

  it('the first look takes what is listed as known; later looks report only threads not listed before', () => {
    expect(newThreadIds(['9', '8'], undefined)).toEqual([]);
    const board = afterLook(['9', '8'], undefined, 1);
    expect(newThreadIds(['10', '9', '8'], board)).toEqual(['10']);
    // A thread bumped back to the top of the list is not new.
    expect(newThreadIds(['8', '10', '9'], afterLook(['10', '9', '8'], board, 2))).toEqual([]);
  });
});

describe('the 待登记 inbox', () => {
  it('keeps one item per thread, newest first', () => {
    const { inbox, added } = withNewItems(withNewItems(emptyInbox(), [item('1')]).inbox, [item('2'), item('1'), item('2')]);
    expect(inbox.items.map((i) => i.key)).toEqual(['bbs.daishan.cn/t2', 'bbs.daishan.cn/t1']);
    expect(added.map((i) => i.key)).toEqual(['bbs.daishan.cn/t2']);
  });

  it('a dismissed or captured thread is never offered again', () => {
    const dismissed = withoutItem(withNewItems(emptyInbox(), [item('1')]).inbox, 'bbs.daishan.cn/t1');
    expect(dismissed.items).toEqual([]);
    expect(withNewItems(dismissed, [item('1')]).added).toEqual([]);
  });
});

describe('first-post topics', () => {
  it('keeps the latest topics per thread, the oldest forgotten beyond the cap', () => {
    let known = {};
    for (let i = 0; i < 2_005; i++) known = withFirstPostTopics(known, `s/t${i}`, ['road']);
    known = withFirstPostTopics(known, 's/t2004', ['housing']);
    expect(Object.keys(known)).toHaveLength(2_000);
    expect(known).not.toHaveProperty('s/t0');
    expect(known).toHaveProperty(['s/t2004'], ['housing']);
  });
});
