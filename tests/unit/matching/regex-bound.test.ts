import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureSettings } from '@/entrypoints/background/settings';
import { fakeManifestVersion } from '../fake-manifest';
import { defaultSettings } from '@/utils/settings/defaults';
import { compiledRulesItem, settingsItem } from '@/utils/storage/items';
import type { Topic } from '@/utils/settings/types';
import { compileRules, createMatcher, RULES_VERSION, type CompiledRules } from '@/utils/matching/compile';
import { REGEX_FLAGS, scanRegex } from '@/utils/matching/regex-scan';

// A bound, not a speed goal: the margin is generous on purpose.
const PAGE_BLOCK_MS = 50;

function topic(id: string, fields: Partial<Topic>): Topic {
  return { id, name: id, color: '#ffcc00', department: '城建科', any: [], all: [], none: [], regex: [], ...fields };
}

/** The fastest of three runs: on a busy machine any one run may be paused by other work. */
function timed<T>(run: () => T): { value: T; ms: number } {
  let best = { value: run(), ms: Infinity };
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const value = run();
    const ms = performance.now() - start;
    if (ms < best.ms) best = { value, ms };
  }
  return best;
}

/** Runs of `a` each followed by a character that makes `(a+)+$` fail: about 2^18 steps per run today. */
const HOSTILE_RUNS = ('a'.repeat(18) + '!').repeat(520);

describe('an expression that backtracks catastrophically', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeManifestVersion('1.0.0');
  });

  it('stored in the settings directly, is left out: a 10,000-character hostile post is matched in well under 50 ms and the other topics still match', async () => {
    const settings = defaultSettings();
    settings.topics.push(topic('hostile', { name: '导入的领域', regex: ['(a+)+$'] }));
    settings.topics.push(topic('relocation', { name: '拆迁补偿', regex: ['拆迁.{0,10}补偿'] }));
    await settingsItem.setValue(settings);
    await ensureSettings();
    const rules = (await compiledRulesItem.getValue())!;
    expect(rules.problems.map((p) => p.source)).toEqual(['(a+)+$']);
    expect(rules.problems[0]?.message).toContain('导入的领域');

    const post = ('楼顶违章建筑，拆迁没给补偿。' + HOSTILE_RUNS).slice(0, 10_000);
    const matcher = createMatcher(rules);
    const { value, ms } = timed(() => matcher.match(post));
    expect(ms).toBeLessThan(PAGE_BLOCK_MS);
    expect(value.topics).toEqual(['illegal_construction', 'demolition_compensation', 'relocation']);
    expect(value.hits).toContainEqual({ start: 7, end: 13, topicIds: ['relocation'] });
  });

  it('of exponential kinds the compile step probes for, is left out with a message naming it', () => {
    const sources = ['(a|a)+$', '(\\w+\\s?)+$', '(a+)+$'];
    const rules = compileRules([topic('t', { name: '测试', regex: ['违[章规]建筑', ...sources, '拆迁.{0,10}补偿'] })]);
    expect(rules.regex.map((r) => r.source)).toEqual(['违[章规]建筑', '拆迁.{0,10}补偿']);
    expect(rules.problems.map((p) => p.source)).toEqual(sources);
    expect(rules.problems[0]?.message).toContain('/(a|a)+$/');
    expect(rules.problems[0]?.message).toContain('卡');
  });
});

describe('an expression that is slow on long posts', () => {
  // Hand-edited rules, never probed: quadratic on a post of 拆迁 without 补偿.
  const rules: CompiledRules = {
    version: RULES_VERSION,
    topics: [
      { id: 'relocation', name: '拆迁', color: '#ffcc00', department: '', all: [], none: [] },
      { id: 'lights', name: '路灯', color: '#ffcc00', department: '', all: [], none: [] },
    ],
    words: [['路灯', ['lights']]],
    regex: [{ topicId: 'relocation', source: '拆迁.*补偿' }],
    fold: '',
    warnings: { lists: [], words: [] },
    problems: [],
  };

  it('blocks the page for well under 50 ms on a 10,000-character hostile post, keywords still found', () => {
    const matcher = createMatcher(rules);
    const post = '路灯坏了' + '拆迁'.repeat(4_998);
    const { value, ms } = timed(() => matcher.match(post));
    expect(ms).toBeLessThan(PAGE_BLOCK_MS);
    expect(value.topics).toContain('lights');
    expect(timed(() => matcher.mayMatch(post.slice(4))).ms).toBeLessThan(PAGE_BLOCK_MS);
  });
});

describe('an expression on a long post', () => {
  function hits(source: string, text: string): number[][] {
    const found: number[][] = [];
    scanRegex(new RegExp(source, REGEX_FLAGS), text, Infinity, (start, end) => void found.push([start, end]));
    return found;
  }
  const filler = (n: number) => '。'.repeat(n);

  it('finds the same hits as one pass over the whole post, wherever they fall', () => {
    const source = '(?:路|街)(?:改建|改造)|违[章规]建筑|\\d{3,4}-\\d{7,8}';
    for (let at = 0; at < 2_200; at++) {
      const text = filler(at) + '沿港路改造' + filler(at % 13) + '违规建筑0580-1234567' + filler(2_300 - at) + '街改建';
      const whole = [...text.matchAll(new RegExp(source, 'g'))].map((m) => [m.index, m.index + m[0].length]);
      expect(hits(source, text)).toEqual(whole);
    }
  });

  it('lets lookbehind and $ see the text around each stretch', () => {
    for (let at = 0; at < 2_200; at++) {
      expect(hits('(?<!不)满意', filler(at) + '不满意' + filler(2_200 - at))).toEqual([]);
      expect(hits('补偿$', filler(at) + '补偿' + filler(2_200 - at))).toEqual([]);
      expect(hits('拆迁。*$', filler(at) + '拆迁' + filler(1_500) + '补偿')).toEqual([]);
    }
    expect(hits('补偿$', filler(3_000) + '补偿')).toEqual([[3_000, 3_002]]);
  });
});
