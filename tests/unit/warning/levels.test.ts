import { describe, expect, it } from 'vitest';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { expandVariants } from '@/utils/matching/variants';
import { levelOf } from '@/utils/warning/level';
import { DEFAULT_WARNING_LISTS } from '@/utils/warning/defaults';
import type { Topic, WarningList } from '@/utils/settings/types';

const topic = (id: string, any: string[]): Topic => ({ id, name: id, color: '#e53', department: '', any, all: [], none: [], regex: [] });
const topics = [topic('road', ['道路', '路面塌陷', '燃气']), topic('housing', ['小区', '物业'])];
const lists: WarningList[] = [
  { id: 'safety', name: '安全事故', level: 'urgent', words: ['塌陷', '燃气泄漏'] },
  { id: 'media', name: '媒体', level: 'watch', words: ['曝光', '记者', '12345'] },
];
const matcher = createMatcher(compileRules(topics, expandVariants, lists));
const levelIn = (text: string, threshold = 2) => {
  const result = matcher.match(text);
  return result.topics.length ? levelOf(result.warning, threshold) : null;
};

describe('warning levels in the topics’ own scan', () => {
  it('grades a match 紧急 by one urgent word, 关注 by enough distinct watch words, else 一般', () => {
    expect(levelIn('小区门口地面塌陷了')).toBe('urgent');
    expect(levelIn('物业不管，我要找记者曝光')).toBe('watch');
    expect(levelIn('物业不管，我要曝光，曝光！')).toBe('normal');
    expect(levelIn('物业不管，我要曝光', 1)).toBe('watch');
    expect(levelIn('小区绿化什么时候修')).toBe('normal');
  });

  it('finds a warning word inside a longer keyword, and a keyword inside a longer warning word', () => {
    expect(matcher.match('五叉路口路面塌陷').warning.urgent).toEqual(['塌陷']);
    const leak = matcher.match('楼下燃气泄漏了');
    expect(leak.topics).toEqual(['road']);
    expect(leak.warning.urgent).toEqual(['燃气泄漏']);
  });

  it('finds a warning word that overlaps a keyword, on either side', () => {
    const overlapping = createMatcher(compileRules([topic('road', ['路面塌', '陷坑'])], expandVariants, lists));
    expect(overlapping.match('五叉路口路面塌陷，昨晚电动车差点摔了')).toMatchObject({ topics: ['road'], warning: { urgent: ['塌陷'] } });
    expect(overlapping.match('路边塌陷坑越来越大')).toMatchObject({ topics: ['road'], warning: { urgent: ['塌陷'] } });
  });

  it('reads Traditional and full-width forms alike', () => {
    expect(levelIn('小區門口地面塌陷')).toBe('urgent');
    expect(matcher.match('物業不管，打１２３４５找記者').warning.watch.sort()).toEqual(['12345', '记者'].sort());
  });

  it('gives no match to a text with warning words alone', () => {
    expect(matcher.match('昨晚隔壁县火锅店记者曝光').topics).toEqual([]);
    expect(matcher.mayMatch('记者曝光了塌陷')).toBe(false);
  });

  it('ships starter lists whose every word compiles into the scan', () => {
    const rules = compileRules(topics, expandVariants, DEFAULT_WARNING_LISTS);
    const scanned = new Set(rules.warnings.words.flatMap(([, found]) => found.map(([, w]) => w)));
    for (const list of DEFAULT_WARNING_LISTS) for (const word of list.words) expect(scanned.has(word.toLowerCase())).toBe(true);
  });
});

describe('a sensitive period’s threshold 0', () => {
  it('makes every match 关注, still 紧急 where an urgent word is, and gives no level without a match', () => {
    expect(levelIn('小区绿化什么时候修', 0)).toBe('watch');
    expect(levelIn('小区门口地面塌陷了', 0)).toBe('urgent');
    expect(levelIn('隔壁县的事', 0)).toBeNull();
  });
});
