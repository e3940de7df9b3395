import { describe, expect, test } from 'vitest';
import { parseQuote } from '@/utils/templates/quote';

describe('parseQuote', () => {
  test('reads the hidden quote BBCode of a Discuz reply form', () => {
    const code =
      '[quote][size=2][url=forum.php?mod=redirect&goto=findpost&pid=148&ptid=37][color=#999999]蓬莱仙子 发表于 2026-11-22 15:48[/color][/url][/size]\n岱西鎮老街後面那排房子…[/quote]';
    expect(parseQuote(code)).toEqual({
      author: '蓬莱仙子',
      pid: '148',
      postedAt: '2026-11-22T15:48:00+08:00',
      href: 'forum.php?mod=redirect&goto=findpost&pid=148&ptid=37',
    });
  });

  test('reads a quote header shown above the editor, with its link', () => {
    expect(parseQuote('东沙老渔民\u00a0发表于 2026-11-2 08:41', 'forum.php?mod=redirect&amp;goto=findpost&amp;pid=77&amp;ptid=14')).toMatchObject({
      author: '东沙老渔民',
      pid: '77',
      postedAt: '2026-11-02T08:41:00+08:00',
    });
  });

  test('a relative time gives no date; text without a header is no quote', () => {
    expect(parseQuote('小林 发表于 昨天 08:12')).toMatchObject({ author: '小林', postedAt: null, pid: null });
    expect(parseQuote('[quote]只有引用内容[/quote]')).toBeNull();
  });
});
