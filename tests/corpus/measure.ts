// Precision, recall and F1 of a matcher on the corpus of real public complaints
// (tests/fixtures/corpus): per area and overall, for threads (title + first post,
// as the content script sees a thread page) and for list titles alone.
import type { Matcher } from '@/utils/matching/compile';
import { topicsInThread } from '@/utils/matching/thread-context';

export interface CorpusItem {
  id: string;
  source: string;
  title: string;
  text: string;
  /** Topic ids of the areas the item belongs to; empty for what other bureaus handle. */
  areas: string[];
  negative?: true;
  /** Why the item is hard to classify. */
  hard?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  /** `-area` for a missed area, `+area` for a false alarm. */
  what: string;
  hard?: string;
}

export interface Measurement {
  items: number;
  overall: Scores;
  perArea: Record<string, Scores>;
  misses: Miss[];
}

export function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function measure(items: CorpusItem[], areaIds: readonly string[], topicsOf: (item: CorpusItem) => string[]): Measurement {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const byArea = new Map(areaIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  for (const item of items) {
    const got = new Set(topicsOf(item).filter((id) => byArea.has(id)));
    const want = new Set(item.areas.filter((id) => byArea.has(id)));
    for (const id of areaIds) {
      const area = byArea.get(id)!;
      const kind = got.has(id) ? (want.has(id) ? 'tp' : 'fp') : want.has(id) ? 'fn' : null;
      if (!kind) continue;
      area[kind]++;
      total[kind]++;
      if (kind !== 'tp') misses.push({ id: item.id, what: `${kind === 'fp' ? '+' : '-'}${id}`, hard: item.hard });
    }
  }
  return {
    items: items.length,
    overall: scores(total),
    perArea: Object.fromEntries([...byArea].map(([id, c]) => [id, scores(c)])),
    misses,
  };
}

/** Thread pages: the first post's own topics plus the title's, as the content script records them. */
export function measureThreads(items: CorpusItem[], matcher: Matcher, areaIds: readonly string[]): Measurement {
  return measure(items, areaIds, (item) =>
    topicsInThread(matcher, matcher.topicsOf(item.text), item.title ? matcher.topicsOf(item.title) : [], item.text),
  );
}

/** Thread-list rows: the title alone, for the items that have one. */
export function measureTitles(items: CorpusItem[], matcher: Matcher, areaIds: readonly string[]): Measurement {
  return measure(items.filter((item) => item.title), areaIds, (item) => matcher.topicsOf(item.title));
}

const pct = (x: number) => x.toFixed(2);

/** A plain-text table: one row per area and one for all of them. */
export function formatMeasurement(label: string, m: Measurement): string {
  const row = (name: string, s: Scores) =>
    `${name.padEnd(26)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  return [
    `${label}: ${m.items} items`,
    ...Object.entries(m.perArea).map(([id, s]) => row(id, s)),
    row('all areas', m.overall),
  ].join('\n');
}
