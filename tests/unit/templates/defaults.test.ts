import { describe, expect, test } from 'vitest';
import { DEFAULT_OFFICIALESE, DEFAULT_TEMPLATES } from '@/utils/templates/defaults';
import { fillTemplate, listVariables } from '@/utils/templates/variables';
import { lintReply } from '@/utils/templates/lint';

const AREAS = ['road_works', 'municipal_maintenance', 'illegal_construction', 'demolition_compensation', 'commercial_housing'];

describe('DEFAULT_TEMPLATES', () => {
  test('one per complaint area plus one general template, with distinct ids', () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.topicId)).toEqual([...AREAS, null]);
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
  });

  test.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))('%s: three parts ending with the contact line', (_name, template) => {
    const parts = template.body.split('\n');
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatch(/感谢/);
    expect(parts[2]).toBe('如有未尽事宜或对上述答复有异议，请联系{部门}，电话：{电话}。');
  });

  test.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))('%s: once filled, passes the reply check', (_name, template) => {
    const custom = Object.fromEntries(listVariables(template.body).filter((v) => v.kind === 'custom').map((v) => [v.name, '某某']));
    const { text, unfilled } = fillTemplate(
      template.body,
      { 网民: '网友', 发帖日期: '11月24日', 部门: '市政所', 电话: '0580-4475678' },
      custom,
    );
    expect(unfilled).toEqual([]);
    expect(lintReply(text, { officialese: DEFAULT_OFFICIALESE, maxLength: 500 })).toEqual([]);
  });

  test('uses only known placeholders', () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(listVariables(t.body).filter((v) => v.kind === 'unknown')).toEqual([]);
    }
  });
});

test('DEFAULT_OFFICIALESE has the phrases named in the reply rules, without duplicates', () => {
  expect(DEFAULT_OFFICIALESE).toEqual(expect.arrayContaining(['根据有关文件精神', '根据有关规定']));
  expect(new Set(DEFAULT_OFFICIALESE).size).toBe(DEFAULT_OFFICIALESE.length);
});
