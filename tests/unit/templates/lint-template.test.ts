import { describe, expect, test } from 'vitest';
import { lintTemplate } from '@/utils/templates/lint-template';
import { DEFAULT_OFFICIALESE, DEFAULT_TEMPLATES } from '@/utils/templates/defaults';

const opts = { officialese: DEFAULT_OFFICIALESE, maxLength: 600 };

describe('lintTemplate', () => {
  test.each(DEFAULT_TEMPLATES.map((t) => [t.name, t.body]))('default template %s passes', (_name, body) => {
    expect(lintTemplate(body, opts)).toEqual([]);
  });

  test('a misspelt placeholder, a missing contact line and officialese are reported', () => {
    const body = '{网名}您好！感谢关注。根据有关规定，我们将妥善处理。';
    expect(lintTemplate(body, opts).map((w) => w.code)).toEqual(['missing_contact', 'missing_phone', 'unfilled_placeholder', 'officialese', 'officialese']);
    expect(lintTemplate(body, opts).find((w) => w.code === 'unfilled_placeholder')?.found).toBe('{网名}');
  });
});
