// Expressions run only on texts holding one of their triggers: the triggers must be
// found in every text an expression matches, or hits would silently go missing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexTriggers } from '@/utils/matching/regex-triggers';
import { compileRules, createMatcher, type CompiledRules } from '@/utils/matching/compile';
import { expandVariants } from '@/utils/matching/variants';
import { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { PRESET_TOPICS } from '@/utils/settings/preset-topics';
import { loadCorpus } from '../../corpus/load';

const sorted = (s: string[] | null) => s && [...s].sort();

describe('regexTriggers', () => {
  it('takes the most selective required part of a sequence, joining adjacent characters', () => {
    expect(sorted(regexTriggers('[砸敲拆打][掉了通]?[^,。]{0,4}(?:承重|墙[体垛])'))).toEqual(['墙体', '墙垛', '承重']);
    expect(regexTriggers('铺[^,。]{0,3}沥青')).toEqual(['沥青']);
    expect(regexTriggers('路(?!灯)修')).toEqual(['路修']);
  });

  it('joins the branches of an alternation and drops strings that hold another', () => {
    expect(sorted(regexTriggers('(?:延期|逾期)交房|交房.{0,6}延期'))).toEqual(['交房']);
    expect(regexTriggers('桥.{0,4}维修|维修[大天]?桥')).toEqual(['维修']);
  });

  it('counts what a lookaround looks at, not what a negative one forbids', () => {
    expect(sorted(regexTriggers('(?:停工|停摆)(?<=(?:楼盘|期房)[^。]{0,32})'))).toEqual(['停工', '停摆']);
    expect(sorted(regexTriggers('.(?=[^。]{0,30}(?:楼盘|期房))'))).toEqual(['期房', '楼盘']);
    expect(regexTriggers('加盖(?!公章|章)')).toEqual(['加盖']);
    expect(regexTriggers('.(?!公章)')).toBeNull();
  });

  it('requires nothing from optional parts and repeats what must repeat', () => {
    expect(regexTriggers('(?:路面)?.')).toBeNull();
    expect(regexTriggers('(?:坑){2}')).toEqual(['坑坑']);
    expect(regexTriggers('a+b')).toEqual(['a']);
  });

  it('gives no triggers for syntax it does not read, or for an expression made of classes', () => {
    expect(regexTriggers('\\p{Script=Han}')).toBeNull();
    expect(regexTriggers('(a)\\1')).toEqual(['a']);
    expect(regexTriggers('\\d+')).toBeNull();
    expect(regexTriggers('[^。]{2,}')).toBeNull();
    expect(regexTriggers('(?<name>修)路')).toEqual(['修路']);
  });

  it('lower-cases Latin letters, as the page text is folded', () => {
    expect(regexTriggers('PM2\\.5')).toEqual(['pm2.5']);
    // Other scripts' capitals are not folded on the page: such an expression runs on every text.
    expect(regexTriggers('Éclair')).toBeNull();
  });

  it('on random expressions and texts, never misses a text the expression matches', () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = 'ab路修';
    const atom = (depth: number): string => {
      const k = rand(depth > 2 ? 3 : 6);
      if (k === 0) return alphabet[rand(alphabet.length)]!;
      if (k === 1) return `[${alphabet[rand(4)]}${alphabet[rand(4)]}]`;
      if (k === 2) return rand(2) ? '.' : '[^a]';
      if (k === 3) return `(?:${expr(depth + 1)})`;
      if (k === 4) return `(?${['=', '!', '<=', '<!'][rand(4)]}${expr(depth + 1)})`;
      return `(${expr(depth + 1)})`;
    };
    const quantified = (depth: number) => atom(depth) + ['', '', '?', '*', '+', '{2}', '{0,2}', '{1,3}'][rand(8)];
    const sequence = (depth: number) => Array.from({ length: 1 + rand(4) }, () => quantified(depth)).join('');
    const expr = (depth: number): string => Array.from({ length: 1 + rand(3) }, () => sequence(depth)).join('|');
    let checked = 0;
    for (let n = 0; n < 3000; n++) {
      const source = expr(0);
      let re: RegExp;
      try {
        re = new RegExp(source, 'i');
      } catch {
        continue; // e.g. a quantified lookbehind
      }
      const triggers = regexTriggers(source);
      if (!triggers) continue;
      for (let t = 0; t < 40; t++) {
        const text = Array.from({ length: 1 + rand(12) }, () => alphabet[rand(alphabet.length)]).join('');
        if (!re.test(text)) continue;
        checked++;
        expect(triggers.some((x) => text.includes(x)), `/${source}/ on ${text}: ${triggers}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('expressions gated by their triggers', () => {
  const corpus = loadCorpus(path.resolve(__dirname, '../../fixtures/corpus'));
  const rules = compileRules([...DEFAULT_TOPICS, ...PRESET_TOPICS.map((p) => p.topic)], expandVariants);
  const ungated: CompiledRules = { ...rules, regex: rules.regex.map(({ topicId, source }) => ({ topicId, source })) };
  const UNBOUNDED = { regexBudgetMs: Infinity };

  it('gives most shipped expressions triggers', () => {
    const gated = rules.regex.filter((r) => r.triggers).length;
    expect(gated / rules.regex.length).toBeGreaterThan(0.9);
  });

  it('finds exactly the topics and hits of every expression run on every text, on the corpus of real complaints', () => {
    const gated = createMatcher(rules, UNBOUNDED);
    const all = createMatcher(ungated, UNBOUNDED);
    let matched = 0;
    for (const item of corpus) {
      for (const text of [item.title, `${item.title}\n${item.text}`]) {
        const result = gated.match(text);
        expect(result, item.id).toEqual(all.match(text));
        expect(gated.scan(text), item.id).toEqual(all.scan(text));
        if (result.topics.length) matched++;
      }
    }
    expect(matched).toBeGreaterThan(corpus.length / 2);
  });

  it('counts a trigger found inside a longer one at the same place', () => {
    const topic = (id: string, regex: string) => ({ id, name: id, color: '#fff', department: '', any: [], all: [], none: [], regex: [regex] });
    const nested = compileRules([topic('progress', '施工进度'), topic('detour', '施工.{0,6}绕行')]);
    expect(nested.regex.map((r) => r.triggers)).toEqual([['施工进度'], ['施工']]);
    expect(createMatcher(nested).match('施工进度慢要绕行').topics).toEqual(['progress', 'detour']);
  });

  it('runs every expression when the stored rules predate triggers', () => {
    const only = compileRules([{ id: 'detour', name: 'detour', color: '#fff', department: '', any: [], all: [], none: [], regex: ['施工.{0,6}绕行'] }]);
    const older: CompiledRules = { ...only, regex: only.regex.map(({ topicId, source }) => ({ topicId, source })) };
    expect(createMatcher(older).match('门前施工，车辆请绕行').topics).toEqual(['detour']);
  });
});
