import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
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
  it('covers the five areas with their own colours and departments', () => {
    expect(DEFAULT_TOPICS.map((t) => t.id)).toEqual([
      'road_works', 'municipal_maintenance', 'illegal_construction', 'demolition_compensation', 'commercial_housing',
    ]);
    const colors = DEFAULT_TOPICS.map((t) => t.color);
    expect(new Set(colors).size).toBe(5);
    for (const c of colors) expect(safeColor(c)).toBe(c);
    for (const t of DEFAULT_TOPICS) {
      expect(t.department).toMatch(/[\u4e00-\u9fff]/);
      expect(t.any.length).toBeGreaterThan(10);
    }
  });
});
