// Per-level precision and recall of the 舆情预警 level against a duty officer's labels
// (tests/unit/warning/level-labels.json): each labelled post is graded 紧急, 关注 or 一般
// from its warning words, or 一般 when no topic matches it (a level only applies to a match).
import type { Matcher } from '@/utils/matching/compile';
import { topicsInThread } from '@/utils/matching/thread-context';
import { joinWarnings, levelOf } from '@/utils/warning/level';
import type { WarningLevel } from '@/utils/settings/types';
import { scores, type Counts, type Scores } from './measure';

export interface LevelLabel {
  level: WarningLevel;
  why: string;
}

/** A post as the content script reads it: its own text, and its thread's title when it is the first post. */
export interface LevelPost {
  key: string;
  text: string;
  /** The thread title for the first post; replies take the title's topics but not its warning words. */
  title: string;
  /** Topics of the thread title, inherited by replies (see thread-context.ts). */
  titleTopics: string[];
}

export interface LevelMiss {
  key: string;
  want: WarningLevel;
  got: WarningLevel;
  words: string[];
  why: string;
}

export interface LevelMeasurement {
  posts: number;
  perLevel: Record<WarningLevel, Scores>;
  misses: LevelMiss[];
}

const LEVELS: WarningLevel[] = ['urgent', 'watch', 'normal'];

/** The level the matcher gives a post, and the warning words behind it. */
function gradePost(matcher: Matcher, post: LevelPost, watchThreshold: number): { level: WarningLevel; words: string[] } {
  const own = matcher.match(post.text);
  const warning = post.title ? joinWarnings(own.warning, matcher.match(post.title).warning) : own.warning;
  const topics = topicsInThread(matcher, own.topics, post.titleTopics, post.text);
  return { level: topics.length ? levelOf(warning, watchThreshold) : 'normal', words: [...warning.urgent, ...warning.watch] };
}

export function measureLevels(matcher: Matcher, posts: LevelPost[], labels: Record<string, LevelLabel>, watchThreshold: number): LevelMeasurement {
  const counts = Object.fromEntries(LEVELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<WarningLevel, Counts>;
  const misses: LevelMiss[] = [];
  for (const post of posts) {
    const label = labels[post.key]!;
    const { level, words } = gradePost(matcher, post, watchThreshold);
    if (level === label.level) {
      counts[level].tp++;
      continue;
    }
    counts[level].fp++;
    counts[label.level].fn++;
    misses.push({ key: post.key, want: label.level, got: level, words, why: label.why });
  }
  return {
    posts: posts.length,
    perLevel: Object.fromEntries(LEVELS.map((l) => [l, scores(counts[l])])) as Record<WarningLevel, Scores>,
    misses,
  };
}

const pct = (x: number) => x.toFixed(2);

/** A plain-text table: one row per level, then each post graded otherwise than labelled. */
export function formatLevels(label: string, m: LevelMeasurement): string {
  const row = (level: WarningLevel, s: Scores) =>
    `${level.padEnd(8)} P ${pct(s.precision)}  R ${pct(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const miss = (x: LevelMiss) => `${x.key}: ${x.want} → ${x.got}${x.words.length ? ` [${x.words.join(' ')}]` : ''} (${x.why})`;
  return [`${label}: ${m.posts} posts`, ...LEVELS.map((l) => row(l, m.perLevel[l])), 'graded otherwise:', ...m.misses.map((x) => `  ${miss(x)}`)].join('\n');
}
