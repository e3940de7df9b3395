import { describe, expect, it } from 'vitest';
import { emptyInbox, withNewItems, withoutItem, type InboxItem } from '@/utils/watch/inbox';
import { routeBoardFindings, type NearbyItem } from '@/utils/watch/nearby';
import { formatNearbyAlert } from '@/utils/templates/nearby-alert';
import { boardNameOf } from '@/utils/watch/board-name';
import { placeOf, withBoardPlace, withoutBoard } from '@/utils/watch/board-kinds';
import { defaultSettings } from '@/utils/settings/defaults';

const found = (tid: string, level?: 'watch' | 'urgent'): InboxItem => ({
  key: `bbs.zhoushan.cn/t${tid}`,
  foundAt: Number(tid),
  post: {
    key: `bbs.zhoushan.cn/t${tid}/p1`,
    site: 'bbs.zhoushan.cn',
    tid,
    pid: '1',
    title: `帖子 ${tid}`,
    url: `https://bbs.zhoushan.cn/forum.php?mod=viewthread&tid=${tid}`,
    author: '网友',
    authorUid: null,
    postedAt: null,
    excerpt: '',
    topics: ['road'],
    ...(level ? { level } : {}),
  },
});

const nearby = (tid: string): NearbyItem => routeBoardFindings([found(tid)], 'nearby', '舟山论坛·民生').nearby[0]!;

describe('routing a board’s new threads by the board’s kind', () => {
  it('a local board’s threads go to 待登记, a 周边 or 同行业 board’s to 周边动态 only, with their level and the board’s name', () => {
    expect(routeBoardFindings([found('1')], undefined, '舟山论坛·民生')).toEqual({ inbox: [found('1')], nearby: [] });
    const routed = routeBoardFindings([found('1', 'urgent'), found('2')], 'trade', '舟山论坛·民生');
    expect(routed.inbox).toEqual([]);
    expect(routed.nearby.map((i) => [i.key, i.kind, i.level, i.source])).toEqual([
      ['bbs.zhoushan.cn/t1', 'trade', 'urgent', '舟山论坛·民生'],
      ['bbs.zhoushan.cn/t2', 'trade', 'normal', '舟山论坛·民生'],
    ]);
    // Nothing there to capture or to set a deadline from: a 周边动态 item is not a post to answer.
    expect(routed.nearby[0]).not.toHaveProperty('post');
    expect(routed.nearby[0]).not.toHaveProperty('dueAt');
  });
});

describe('the 周边动态 list', () => {
  it('keeps one item per thread, newest first, and a dismissed thread never comes back', () => {
    const { inbox } = withNewItems(withNewItems(emptyInbox<NearbyItem>(), [nearby('1')]).inbox, [nearby('2'), nearby('1')]);
    expect(inbox.items.map((i) => i.key)).toEqual(['bbs.zhoushan.cn/t2', 'bbs.zhoushan.cn/t1']);
    const dismissed = withoutItem(inbox, 'bbs.zhoushan.cn/t1');
    expect(dismissed.items.map((i) => i.key)).toEqual(['bbs.zhoushan.cn/t2']);
    expect(withNewItems(dismissed, [nearby('1')]).added).toEqual([]);
  });

  it('holds at most 200 items, the oldest dropped', () => {
    let list = emptyInbox<NearbyItem>();
    for (let i = 1; i <= 205; i++) list = withNewItems(list, [nearby(String(i))]).inbox;
    expect(list.items).toHaveLength(200);
    expect(list.items[0]!.key).toBe('bbs.zhoushan.cn/t205');
    expect(list.items.some((i) => i.key === 'bbs.zhoushan.cn/t5')).toBe(false);
  });
});

describe('the 转告科室 text', () => {
  const item = { source: '舟山论坛·民生热点', title: '临城小区\n燃气管道爆裂', url: 'https://bbs.zhoushan.cn/forum.php?mod=viewthread&tid=8', topics: ['gas', 'unknown'], level: 'urgent' as const };

  it('names the board, the thread, its link, its topics and its level on one line, asking the departments to prepare', () => {
    expect(formatNearbyAlert(item, { gas: '燃气安全' })).toBe(
      '【周边动态·紧急】舟山论坛·民生热点：临城小区 燃气管道爆裂 https://bbs.zhoushan.cn/forum.php?mod=viewthread&tid=8 类别：燃气安全、unknown，请相关科室关注、提前研判',
    );
    expect(formatNearbyAlert({ ...item, level: 'normal', topics: [], url: 'javascript:alert(1)' }, {})).toBe(
      '【周边动态】舟山论坛·民生热点：临城小区 燃气管道爆裂 （无有效链接） 类别：未分类，请相关科室关注、提前研判',
    );
  });
});

describe('board names and places', () => {
  it('a Discuz! X board list’s title gives 论坛·版块, whatever page or version; a title naming nothing gives the host', () => {
    expect(boardNameOf('民生热点 -  岱山论坛 -  Powered by Discuz!', 'bbs.daishan.cn')).toBe('岱山论坛·民生热点');
    expect(boardNameOf('民生热点 - 第2页 -  岱山论坛 -  手机版 - Powered by Discuz!', 'bbs.daishan.cn')).toBe('岱山论坛·民生热点');
    expect(boardNameOf('', 'bbs.daishan.cn')).toBe('bbs.daishan.cn');
  });

  it('本地 is no mark at all, and a board no longer watched forgets its place', () => {
    const watch = { ...defaultSettings().watch, boards: ['https://a/f1', 'https://a/f2'] };
    const marked = withBoardPlace(withBoardPlace(watch, 'https://a/f1', 'nearby'), 'https://a/f2', 'trade');
    expect(placeOf(marked, 'https://a/f1')).toBe('nearby');
    expect(withBoardPlace(marked, 'https://a/f2', 'local').boardKinds).toEqual({ 'https://a/f1': 'nearby' });
    const removed = withoutBoard(marked, 'https://a/f1');
    expect(removed.boards).toEqual(['https://a/f2']);
    expect(removed.boardKinds).toEqual({ 'https://a/f2': 'trade' });
  });
});
