import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { PRESET_TOPICS } from '@/utils/settings/preset-topics';
import { defaultSettings } from '@/utils/settings/defaults';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { expandVariants } from '@/utils/matching/variants';

describe('PRESET_TOPICS', () => {
  it('are off by default, each with a description, a department and a colour of its own', () => {
    const ids = PRESET_TOPICS.map((p) => p.topic.id);
    for (const id of ids) expect(defaultSettings().topics.some((t) => t.id === id)).toBe(false);
    const colors = [...DEFAULT_TOPICS, ...PRESET_TOPICS.map((p) => p.topic)].map((t) => t.color);
    expect(new Set(colors).size).toBe(colors.length);
    for (const { topic, description } of PRESET_TOPICS) {
      expect(description, topic.id).toMatch(/[\u4e00-\u9fff]{6,}/);
      expect(topic.department, topic.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('compile without problems and find their subject', () => {
    const rules = compileRules(PRESET_TOPICS.map((p) => p.topic), expandVariants);
    expect(rules.problems).toEqual([]);
    const m = createMatcher(rules);
    expect(m.topicsOf('小区电梯坏了半个月，物业不管')).toEqual(['property_management']);
    expect(m.topicsOf('我们楼想加装电梯，一楼不同意')).toContain('old_community_renovation');
    expect(m.topicsOf('樓道裡有股煤氣味，懷疑漏氣')).toEqual(['gas_safety']);
    expect(m.topicsOf('公租房申请交上去半年了还在轮候')).toEqual(['affordable_housing']);
    expect(m.topicsOf('旁边工地半夜还在施工，噪音吵得睡不着')).toEqual(['site_noise_dust']);
    expect(m.topicsOf('老家村里的土坯房漏雨，能申请危房改造吗')).toEqual(['rural_dangerous_housing']);
  });
});
