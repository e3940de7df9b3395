// The default topics on real public complaints nobody here wrote (tests/fixtures/corpus).
import { describe, expect, it } from 'vitest';
import { AREA_TOPIC_IDS, DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { PRESET_TOPICS } from '@/utils/settings/preset-topics';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { expandVariants } from '@/utils/matching/variants';
import { loadCorpus } from '../../corpus/load';
import { formatMeasurement, measureThreads, measureTitles, type Measurement } from '../../corpus/measure';

const corpus = loadCorpus();
// The wording is measured, not the machine: on a loaded one the expressions' time budget per post would drop hits.
const UNBOUNDED = { regexBudgetMs: Infinity };
const matcher = createMatcher(compileRules(DEFAULT_TOPICS, expandVariants), UNBOUNDED);

const PRESET_AREAS = PRESET_TOPICS.map((p) => p.topic.id);

function report(label: string, m: Measurement): void {
  const misses = m.misses.map((x) => `${x.id} ${x.what}${x.hard ? ` (${x.hard})` : ''}`).join('\n  ');
  console.log(`${formatMeasurement(label, m)}\nmisses and false alarms:\n  ${misses || 'none'}`);
}

describe('default topics on the corpus of real public complaints', () => {
  it('holds well-formed items: a source address, known areas, negatives without areas', () => {
    const known = new Set([...AREA_TOPIC_IDS, ...PRESET_AREAS]);
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((i) => i.id)).size).toBe(corpus.length);
    for (const item of corpus) {
      expect(item.source, item.id).toMatch(/^https?:\/\//);
      expect(item.text.length, item.id).toBeGreaterThan(10);
      expect(item.negative === true, item.id).toBe(item.areas.length === 0);
      for (const area of item.areas) expect(known.has(area), `${item.id} ${area}`).toBe(true);
    }
  });

  it('finds the areas of whole threads (title + first post)', () => {
    const m = measureThreads(corpus, matcher, AREA_TOPIC_IDS);
    report('threads', m);
    // Ratchet at the level reached: a change that loses ground fails here.
    expect(m.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.overall.recall).toBeGreaterThanOrEqual(0.96);
    for (const [area, s] of Object.entries(m.perArea)) expect(s.recall, area).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the areas of list titles alone', () => {
    const m = measureTitles(corpus, matcher, AREA_TOPIC_IDS);
    report('titles', m);
    expect(m.overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(m.overall.recall).toBeGreaterThanOrEqual(0.81);
  });

  it('with every preset added, finds the preset topics too and keeps the five areas', () => {
    const all = createMatcher(compileRules([...DEFAULT_TOPICS, ...PRESET_TOPICS.map((p) => p.topic)], expandVariants), UNBOUNDED);
    const presets = measureThreads(corpus, all, PRESET_AREAS);
    report('threads, preset topics', presets);
    expect(presets.overall.precision).toBeGreaterThanOrEqual(0.88);
    expect(presets.overall.recall).toBeGreaterThanOrEqual(0.92);
    expect(measureThreads(corpus, all, AREA_TOPIC_IDS).overall).toEqual(measureThreads(corpus, matcher, AREA_TOPIC_IDS).overall);
  });
});
