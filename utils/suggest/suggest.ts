// Keyword suggestions: words frequent in captured posts and rare in posts seen but not captured.
// A word's weight is the smoothed log-odds ratio of its document frequencies in the two sets; it is
// shown when that ratio is at least 1.96 standard errors above zero, and ranked by the ratio less one
// standard error, a cautious estimate: a word in 8 captured posts and no other outranks one in 8 and
// in one other (the log-odds z-score alone would rank them the other way round).
import type { Topic } from '../settings/types';
import { normalizeKeyword } from '../matching/normalize';
import { STOPWORDS } from './stopwords';

/** A captured post's distinct words and its topics. */
export interface CapturedDoc {
  words: readonly string[];
  topics: readonly string[];
}

export interface KeywordSuggestion {
  word: string;
  /** Captured posts holding the word. */
  captured: number;
  /** Posts seen but not captured holding it. */
  uncaptured: number;
  /** The topic of most captured posts holding it (ties: the earlier topic); null when none has a topic still present. */
  topicId: string | null;
  score: number;
}

export interface SuggestOptions {
  limit?: number;
  /** Fewest captured posts a word must appear in. */
  minCaptured?: number;
  /** Words the user turned down. */
  dismissed?: ReadonlySet<string>;
  /** A word's Simplified spelling: the topics match every spelling of their words, so 違章建築 is covered by 违章. */
  simplify?: (word: string) => string;
}

const SMOOTHING = 0.5;
/** Two-sided 95 %: a word no more frequent among captured posts than chance allows is not shown. */
const MIN_Z = 1.96;

function documentFrequencies(docs: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of docs) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The log-odds ratio of a word in `a` of `n1` captured posts and `b` of `n2` others, and its standard error. */
function logOddsRatio(a: number, n1: number, b: number, n2: number): { ratio: number; error: number } {
  const [p, q, r, s] = [a + SMOOTHING, n1 - a + SMOOTHING, b + SMOOTHING, n2 - b + SMOOTHING];
  return { ratio: Math.log(p / q) - Math.log(r / s), error: Math.sqrt(1 / p + 1 / q + 1 / r + 1 / s) };
}

/** Whether the topics already match every post holding `word`: it is, or contains, one of their words or expressions. */
function coveredBy(topics: readonly Topic[]): (word: string) => boolean {
  const words = topics.flatMap((t) => [...t.any, ...(t.weak ?? []), ...t.all, ...t.none]).map(normalizeKeyword).filter(Boolean);
  const expressions = topics.flatMap((t) =>
    t.regex.flatMap((source) => {
      try {
        return [new RegExp(source, 'u')];
      } catch {
        return [];
      }
    }),
  );
  return (word) => words.some((k) => word.includes(k)) || expressions.some((re) => re.test(word));
}

function likeliestTopic(word: string, captured: readonly CapturedDoc[], topics: readonly Topic[]): string | null {
  const counts = new Map<string, number>();
  for (const doc of captured) if (doc.words.includes(word)) for (const id of doc.topics) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | null = null;
  for (const { id } of topics) if ((counts.get(id) ?? 0) > (best === null ? 0 : counts.get(best)!)) best = id;
  return best;
}

/** The best `limit` words to add to a topic, best first. Suggestions only: nothing here changes a rule. */
export function suggestKeywords(captured: readonly CapturedDoc[], uncaptured: readonly (readonly string[])[], topics: readonly Topic[], options: SuggestOptions = {}): KeywordSuggestion[] {
  const { limit = 20, minCaptured = 2, dismissed = new Set<string>(), simplify = (word: string) => word } = options;
  const inCaptured = documentFrequencies(captured.map((d) => d.words));
  const inUncaptured = documentFrequencies(uncaptured);
  const covered = coveredBy(topics);
  const scored: Omit<KeywordSuggestion, 'topicId'>[] = [];
  for (const [word, a] of inCaptured) {
    if (a < minCaptured || STOPWORDS.has(word) || dismissed.has(word) || covered(simplify(word))) continue;
    const b = inUncaptured.get(word) ?? 0;
    const { ratio, error } = logOddsRatio(a, captured.length, b, uncaptured.length);
    if (ratio >= MIN_Z * error) scored.push({ word, captured: a, uncaptured: b, score: ratio - error });
  }
  scored.sort((x, y) => y.score - x.score || y.captured - x.captured || (x.word < y.word ? -1 : 1));
  return scored.slice(0, limit).map((s) => ({ ...s, topicId: likeliestTopic(s.word, captured, topics) }));
}
