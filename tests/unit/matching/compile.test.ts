import { describe, expect, it } from 'vitest';
import type { Topic } from '@/utils/settings/types';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { foldText } from '@/utils/matching/normalize';
import { expandVariants } from '@/utils/matching/variants';

function topic(id: string, fields: Partial<Topic>): Topic {
  return { id, name: id, color: '#ffcc00', department: '城建科', any: [], all: [], none: [], regex: [], ...fields };
}

function matcherFor(topics: Topic[], expand = false) {
  const rules = compileRules(topics, expand ? expandVariants : undefined);
  // The rules travel through browser.storage as JSON.
  return createMatcher(JSON.parse(JSON.stringify(rules)));
}

describe('foldText', () => {
  it('makes full-width letters, digits and spaces half-width and keeps the length', () => {
    const text = '拨打１２３４５，ＰＰＰ项目\u3000Ａ区';
    expect(foldText(text)).toBe('拨打12345,ppp项目 a区');
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('createMatcher', () => {
  it('finds full-width text with a half-width keyword and the reverse, at page offsets', () => {
    const m = matcherFor([topic('hotline', { any: ['12345', 'ＰＰＰ项目'] })]);
    const text = '请打１２３４５反映ppp项目的事';
    expect(m.match(text).hits).toEqual([
      { start: 2, end: 7, topicIds: ['hotline'] },
      { start: 9, end: 14, topicIds: ['hotline'] },
    ]);
    expect(text.slice(2, 7)).toBe('１２３４５');
  });

  it('finds Traditional spellings of Simplified keywords once variants are expanded', () => {
    const topics = [topic('illegal', { any: ['违章建筑', '路灯'] })];
    expect(matcherFor(topics).topicsOf('這種應該是違章建築吧')).toEqual([]);
    expect(matcherFor(topics, true).topicsOf('這種應該是違章建築吧')).toEqual(['illegal']);
    expect(matcherFor(topics, true).topicsOf('路燈不亮')).toEqual(['illegal']);
  });

  it('finds keywords and expressions in text that mixes Traditional and Simplified characters', () => {
    const m = matcherFor([topic('illegal', { any: ['违章建筑'], regex: ['私自(?:加盖|扩建)'] })], true);
    expect(m.topicsOf('楼下那个違章建筑还在')).toEqual(['illegal']);
    expect(m.match('鄰居私自加蓋了一層').hits).toEqual([{ start: 2, end: 6, topicIds: ['illegal'] }]);
    expect(m.topicsOf('违章停车')).toEqual([]);
  });

  it('does not find a keyword cut across two words, and keeps the keyword inside one of them', () => {
    const m = matcherFor([topic('road', { any: ['通车', '修路'] }), topic('lights', { any: ['路灯'] })]);
    expect(m.topicsOf('《民生直通车》栏目：工厂拖欠工资')).toEqual([]);
    expect(m.topicsOf('这条路什么时候通车')).toEqual(['road']);
    expect(m.match('请尽快维修路灯').hits).toEqual([{ start: 4, end: 7, topicIds: ['lights'] }]);
    expect(m.topicsOf('门口又在修路')).toEqual(['road']);
  });

  it('prefers the longest keyword at a position', () => {
    const m = matcherFor([topic('a', { any: ['违章', '违章建筑'] })]);
    expect(m.scan('这是违章建筑')).toEqual([{ start: 2, end: 6, topicIds: ['a'] }]);
  });

  it('needs every all-of word and no none-of word', () => {
    const m = matcherFor([topic('road', { any: ['施工'], all: ['沿港西路'], none: ['招聘'] })]);
    expect(m.topicsOf('沿港西路施工太慢')).toEqual(['road']);
    expect(m.topicsOf('人民路施工太慢')).toEqual([]);
    expect(m.topicsOf('沿港西路施工队招聘小工')).toEqual([]);
    // The all-of word is highlighted too once the topic matches.
    expect(m.match('沿港西路施工太慢').hits.map((h) => [h.start, h.end])).toEqual([[0, 4], [4, 6]]);
  });

  it('counts a weak word only beside another word or expression of its topic, or a second weak word', () => {
    const m = matcherFor(
      [topic('housing', { any: ['购房合同'], weak: ['开发商', '交房'], regex: ['(?:延期|逾期)交房'] }), topic('lifts', { any: ['电梯'] })],
      true,
    );
    expect(m.topicsOf('电梯坏了半个月，开发商和物业互相推诿')).toEqual(['lifts']);
    expect(m.match('电梯坏了半个月，开发商和物业互相推诿').hits).toEqual([{ start: 0, end: 2, topicIds: ['lifts'] }]);
    expect(m.topicsOf('开发商开发商，又是开發商')).toEqual([]);
    expect(m.topicsOf('开发商至今没有交房')).toEqual(['housing']);
    expect(m.topicsOf('开发商拒不履行购房合同')).toEqual(['housing']);
    expect(m.topicsOf('开發商又一次逾期交房')).toEqual(['housing']);
    expect(m.match('开发商至今没有交房').hits.map((h) => h.topicIds)).toEqual([['housing'], ['housing']]);
  });

  it('takes a word listed both as a keyword and as a weak word for a keyword', () => {
    expect(matcherFor([topic('housing', { any: ['交房'], weak: ['交房', '楼盘'] })]).topicsOf('什么时候交房')).toEqual(['housing']);
  });

  it('accepts an all-of word in any of its variants', () => {
    const m = matcherFor([topic('illegal', { any: ['举报', '舉報'], all: ['违章建筑', '楼顶'] })], true);
    expect(m.topicsOf('举报楼顶违章建筑')).toEqual(['illegal']);
    expect(m.topicsOf('舉報樓頂違章建築')).toEqual(['illegal']);
    expect(m.topicsOf('舉報違章建築')).toEqual([]);
  });

  it('matches regular expressions like any-of words', () => {
    const m = matcherFor([topic('road', { regex: ['(?:路|大道)(?:改建|改造)'] })]);
    expect(m.match('衢山大道改造什么时候完工').hits).toEqual([{ start: 2, end: 6, topicIds: ['road'] }]);
    expect(m.topicsOf('燃气管道改造')).toEqual([]);
  });

  it('reports an invalid or empty-matching expression instead of throwing at match time', () => {
    const rules = compileRules([topic('bad', { name: '坏规则', any: ['井盖'], regex: ['路灯(', 'x*'] })]);
    expect(rules.problems).toHaveLength(2);
    expect(rules.problems[0]?.message).toContain('坏规则');
    expect(rules.problems[0]?.message).toContain('/路灯(/');
    const m = createMatcher(rules);
    expect(() => m.topicsOf('路灯(坏了')).not.toThrow();
    expect(m.topicsOf('井盖丢了')).toEqual(['bad']);
  });

  it('keeps topic priority order and shares a hit between topics with the same word', () => {
    const m = matcherFor([
      topic('first', { any: ['开挖'] }),
      topic('second', { any: ['开挖', '路面下沉'] }),
    ]);
    expect(m.match('路面下沉要开挖').topics).toEqual(['first', 'second']);
    expect(m.match('路面下沉要开挖').hits[1]?.topicIds).toEqual(['first', 'second']);
  });

  it('ignores blank keywords', () => {
    const m = matcherFor([topic('a', { any: ['', '  '] })]);
    expect(m.scan('任何文字')).toEqual([]);
    expect(m.mayMatch('任何文字')).toBe(false);
  });
});
