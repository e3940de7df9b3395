import { describe, expect, it } from 'vitest';
import { AREA_TOPIC_IDS, DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { expandTopics, expandVariants } from '@/utils/matching/variants';
import { safeColor } from '@/utils/matching/paint';

describe('expandVariants', () => {
  it('adds the Traditional, Taiwan and Hong Kong forms of a Simplified word', () => {
    expect(expandVariants('违章建筑')).toEqual(expect.arrayContaining(['违章建筑', '違章建築']));
    expect(expandVariants('小区里')).toEqual(expect.arrayContaining(['小區裡', '小區裏']));
  });

  it('finds the Simplified form of a word typed in Traditional', () => {
    expect(expandVariants('路燈')).toEqual(expect.arrayContaining(['路燈', '路灯']));
  });

  it('expands any-of and none-of words of topics and keeps all-of words grouped', () => {
    const [topic] = expandTopics([{ ...DEFAULT_TOPICS[0]!, any: ['拆迁'], none: ['招聘'], all: ['补偿'] }]);
    expect(topic?.any).toEqual(['拆迁', '拆遷']);
    expect(topic?.none).toEqual(['招聘']);
    expect(topic?.all).toEqual(['补偿']);
  });
});

describe('DEFAULT_TOPICS', () => {
  it('covers the five areas with their own colours and departments, and names of the bureau itself', () => {
    expect(DEFAULT_TOPICS.map((t) => t.id)).toEqual([...AREA_TOPIC_IDS, 'bureau']);
    const colors = DEFAULT_TOPICS.map((t) => t.color);
    expect(new Set(colors).size).toBe(6);
    for (const c of colors) expect(safeColor(c)).toBe(c);
    for (const t of DEFAULT_TOPICS) expect(t.department).toMatch(/[\u4e00-\u9fff]/);
    for (const t of DEFAULT_TOPICS.filter((x) => AREA_TOPIC_IDS.includes(x.id))) expect(t.any.length).toBeGreaterThan(10);
  });

  it('marks a post that names the bureau by any of its names, in either script', () => {
    const matcher = createMatcher(compileRules(DEFAULT_TOPICS, expandVariants));
    for (const text of ['请住建局管一管', '县住房和城乡建设局什么时候答复？', '建設局在哪裡辦公']) expect(matcher.topicsOf(text)).toContain('bureau');
    expect(matcher.topicsOf('周末去哪里散步')).toEqual([]);
  });
});
