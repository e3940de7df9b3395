// The 舆情预警 levels of the starter warning lists and the default 关注 threshold, measured
// against a duty officer's labels (level-labels.json) on the corpus of real public complaints
// and on the saved real Discuz! X pages (skipped where ../shared/fixtures is absent).
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { expandVariants } from '@/utils/matching/variants';
import { topicsInThread } from '@/utils/matching/thread-context';
import { createDiscuzAdapter } from '@/utils/sites/discuz';
import { DEFAULT_WARNING_LISTS, defaultWarningSettings } from '@/utils/warning/defaults';
import type { WarningLevel } from '@/utils/settings/types';
import { loadCorpus } from '../../corpus/load';
import { formatLevels, measureLevels, type LevelLabel, type LevelMeasurement, type LevelPost } from '../../corpus/measure-levels';
import { closePages, loadPage } from '../../support/discuz-pages';
import { DISCUZ_FIXTURES, DISCUZ_LIVE_FIXTURES } from '../../support/fixtures';
import { hasFixtures, hasLiveFixtures, readLabels, type LiveLabels } from '../../support/labels';
import labels from './level-labels.json';

const corpusLabels = labels.corpus as Record<string, LevelLabel>;
const fixtureLabels = labels.fixtures as Record<string, LevelLabel>;
const missedRisks = labels.missedRisks as Record<string, LevelLabel>;
const corpus = loadCorpus();
const matcher = createMatcher(compileRules(DEFAULT_TOPICS, expandVariants, DEFAULT_WARNING_LISTS));
const { watchThreshold } = defaultWarningSettings();

function corpusPost(item: { id: string; title: string; text: string }): LevelPost {
  return { key: item.id, text: item.text, title: item.title, titleTopics: item.title ? matcher.topicsOf(item.title) : [] };
}

/** Every labelled post of the saved thread pages, read by the site adapter as the content script reads them. */
function fixturePosts(): LevelPost[] {
  const adapter = createDiscuzAdapter();
  const sets = [
    { name: 'discuz-x', dir: DISCUZ_FIXTURES, present: hasFixtures },
    { name: 'discuz-x-live', dir: DISCUZ_LIVE_FIXTURES, present: hasLiveFixtures },
  ];
  // A post shown on several pages (guest, member, touch) is graded once, from the page its label names.
  const labelled = new Set(Object.keys(fixtureLabels).map((key) => key.slice(0, key.lastIndexOf('#'))));
  const posts: LevelPost[] = [];
  for (const set of sets.filter((s) => s.present)) {
    for (const page of readLabels<LiveLabels>(set.dir).pages) {
      if (!labelled.has(`${set.name}/${page.file}`)) continue;
      const doc = loadPage(page, set.dir);
      const title = adapter.threadInfo(doc)?.title ?? '';
      const titleTopics = matcher.topicsOf(title);
      for (const post of adapter.posts(doc)) {
        const key = `${set.name}/${page.file}#${post.pid}`;
        if (!fixtureLabels[key]) continue;
        posts.push({ key, text: adapter.postText(post), title: post.floor === 1 ? title : '', titleTopics });
      }
    }
  }
  return posts;
}

function report(label: string, m: LevelMeasurement): void {
  console.log(formatLevels(`${label} (watchThreshold ${watchThreshold})`, m));
}

/** Ratchet at the figures reached (as fractions of the counts): a change to the lists or the threshold that loses ground fails here. */
function expectAtLeast(m: LevelMeasurement, floors: Record<WarningLevel, [precision: number, recall: number]>): void {
  for (const [level, [precision, recall]] of Object.entries(floors) as [WarningLevel, [number, number]][]) {
    expect(m.perLevel[level].precision, `${level} precision`).toBeGreaterThanOrEqual(precision);
    expect(m.perLevel[level].recall, `${level} recall`).toBeGreaterThanOrEqual(recall);
  }
}

describe('舆情预警 levels of the starter lists against a duty officer’s labels', () => {
  it('labels corpus items that exist and saved posts, with a level and a reason each', () => {
    const ids = new Set(corpus.map((i) => i.id));
    for (const id of Object.keys({ ...corpusLabels, ...missedRisks })) expect(ids.has(id), id).toBe(true);
    for (const [key, label] of Object.entries({ ...corpusLabels, ...missedRisks, ...fixtureLabels })) {
      expect(['urgent', 'watch', 'normal'], key).toContain(label.level);
      expect(label.why.length, key).toBeGreaterThan(4);
    }
  });

  it('grades the corpus of real public complaints', () => {
    const m = measureLevels(matcher, corpus.filter((i) => corpusLabels[i.id]).map(corpusPost), corpusLabels, watchThreshold);
    report('corpus', m);
    expectAtLeast(m, { urgent: [1, 19 / 20], watch: [19 / 21, 19 / 23], normal: [125 / 130, 125 / 127] });
  });

  it('keeps apart the risky complaints that no default topic finds (a level only grades a match)', () => {
    const risky = corpus.filter((i) => missedRisks[i.id]);
    console.log(`risky complaints outside the default topics:\n  ${risky.map((i) => `${i.id}: ${missedRisks[i.id]!.why}`).join('\n  ')}`);
    // Once a topic finds one of them, its label belongs with the graded ones above.
    for (const item of risky) expect(topicsInThread(matcher, matcher.topicsOf(item.text), matcher.topicsOf(item.title), item.text), item.id).toEqual([]);
  });
});

describe.skipIf(!hasFixtures)('舆情预警 levels on the saved real Discuz! X pages', () => {
  afterAll(closePages);

  it('grades every labelled post', () => {
    const posts = fixturePosts();
    const seen = new Set(posts.map((p) => p.key));
    const expected = Object.keys(fixtureLabels).filter((key) => hasLiveFixtures || key.startsWith('discuz-x/'));
    expect(expected.filter((key) => !seen.has(key))).toEqual([]);
    const m = measureLevels(matcher, posts, fixtureLabels, watchThreshold);
    report('saved real pages', m);
    expectAtLeast(m, { urgent: [5 / 6, 5 / 6], watch: [1, 1], normal: [57 / 58, 57 / 58] });
  });
});
