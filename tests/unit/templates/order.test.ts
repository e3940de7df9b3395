import { describe, expect, test } from 'vitest';
import { orderTemplates } from '@/utils/templates/order';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';

const ids = (topics: string[]) => orderTemplates(DEFAULT_TEMPLATES, topics).map((t) => t.id);

describe('orderTemplates', () => {
  test("the post's topic templates first, in topic order, then the general one, then the rest in library order", () => {
    expect(ids(['commercial_housing', 'road_works'])).toEqual([
      'tpl-commercial_housing',
      'tpl-road_works',
      'tpl-general',
      'tpl-municipal_maintenance',
      'tpl-illegal_construction',
      'tpl-demolition_compensation',
    ]);
  });
  test('with no topic the general template leads and nothing is lost', () => {
    const order = ids([]);
    expect(order[0]).toBe('tpl-general');
    expect([...order].sort()).toEqual(DEFAULT_TEMPLATES.map((t) => t.id).sort());
  });
});
