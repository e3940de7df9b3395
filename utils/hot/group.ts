// 热点: entries that share a topic and a place and came in close together.
//
// Per topic and place, entries are ordered by capture time. A window is any run of them whose first
// and last capture are at most `days` days apart; a window holding posts of at least `minEntries`
// threads is hot (three captured replies in one thread are one netizen's matter, not a 热点).
// Hot windows that share an entry are one 热点, so a burst that goes on for a week stays one 热点,
// while a slow chain (A–B within 2 days, B–C within 2 days, never three within 2 days) is none.
// An entry about two topics or two places can be in one 热点 for each of them.
import type { LedgerEntry } from '../ledger/types';
import { findPlaces, type Place } from './places';

export type HotEntry = Pick<LedgerEntry, 'key' | 'topics' | 'capturedAt' | 'title' | 'excerpt'>;

export interface HotRules {
  minEntries: number;
  days: number;
}

export interface HotTopic<E extends HotEntry = HotEntry> {
  topic: string;
  /** The place as most of its entries write it. */
  place: string;
  placeKey: string;
  /** In capture order. */
  entries: E[];
  firstAt: string;
  lastAt: string;
}

const DAY_MS = 86_400_000;
/** A key shorter than this is never taken for the core of a longer one. */
const MIN_CORE = 3;

export const entryPlaces = (entry: HotEntry): Place[] => findPlaces(`${entry.title}\n${entry.excerpt}`);

/**
 * Each key mapped to the shortest other key it ends with (责成海景湾三期 → 海景湾): a name the
 * pattern took with a word too many in one post is the same place as its plain spelling elsewhere.
 */
function coreKeys(keys: Set<string>): Map<string, string> {
  const core = new Map<string, string>();
  for (const key of keys) {
    let best = key;
    for (let i = key.length - MIN_CORE; i > 0; i--) {
      if (keys.has(key.slice(i))) {
        best = key.slice(i);
        break;
      }
    }
    core.set(key, best);
  }
  return core;
}

interface Bucket<E> {
  topic: string;
  placeKey: string;
  items: { entry: E; at: number; name: string; thread: string }[];
}

/** The thread a captured post belongs to (`site/t<tid>/p<pid>` → `site/t<tid>`); an entry typed in by hand is its own. */
const threadOf = (key: string) => key.replace(/\/p[^/]*$/, '');

/** Index ranges [from, to] of the hot windows over items sorted by time, merged where they share an entry. */
function hotRuns(items: readonly { at: number; thread: string }[], rules: HotRules): [number, number][] {
  const span = rules.days * DAY_MS;
  const runs: [number, number][] = [];
  const threads = new Map<string, number>();
  let end = -1;
  for (let start = 0; start < items.length; start++) {
    while (end + 1 < items.length && items[end + 1]!.at - items[start]!.at <= span) {
      const thread = items[++end]!.thread;
      threads.set(thread, (threads.get(thread) ?? 0) + 1);
    }
    if (threads.size >= rules.minEntries) {
      const last = runs[runs.length - 1];
      if (last && start <= last[1]) last[1] = end;
      else runs.push([start, end]);
    }
    const left = items[start]!.thread;
    const count = threads.get(left)! - 1;
    if (count) threads.set(left, count);
    else threads.delete(left);
  }
  return runs;
}

function mostWritten(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best = '';
  let count = 0;
  for (const [name, n] of counts) if (n > count) [best, count] = [name, n];
  return best;
}

/** The 热点 among `entries`, the latest first. `placesOf` defaults to the places of the entry's title and excerpt. */
export function groupHotTopics<E extends HotEntry>(entries: readonly E[], rules: HotRules, placesOf: (entry: E) => Place[] = entryPlaces): HotTopic<E>[] {
  if (rules.minEntries < 1 || rules.days <= 0) return [];
  const found = entries.map((entry) => ({ entry, at: Date.parse(entry.capturedAt), places: entry.topics.length ? placesOf(entry) : [] }));
  const core = coreKeys(new Set(found.flatMap((f) => f.places.map((p) => p.key))));
  const buckets = new Map<string, Bucket<E>>();
  for (const { entry, at, places } of found) {
    if (Number.isNaN(at)) continue;
    const seen = new Set<string>();
    for (const place of places) {
      const placeKey = core.get(place.key)!;
      for (const topic of entry.topics) {
        const id = `${topic}|${placeKey}`;
        if (seen.has(id)) continue;
        seen.add(id);
        let bucket = buckets.get(id);
        if (!bucket) buckets.set(id, (bucket = { topic, placeKey, items: [] }));
        bucket.items.push({ entry, at, name: place.name, thread: threadOf(entry.key) });
      }
    }
  }
  const hot: HotTopic<E>[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.items.length < rules.minEntries) continue;
    const items = bucket.items.sort((a, b) => a.at - b.at);
    for (const [from, to] of hotRuns(items, rules)) {
      const runItems = items.slice(from, to + 1);
      const run = runItems.map((i) => i.entry);
      hot.push({
        topic: bucket.topic,
        place: mostWritten(runItems.map((i) => i.name)),
        placeKey: bucket.placeKey,
        entries: run,
        firstAt: run[0]!.capturedAt,
        lastAt: run[run.length - 1]!.capturedAt,
      });
    }
  }
  return hot.sort((a, b) => Date.parse(b.lastAt) - Date.parse(a.lastAt) || a.topic.localeCompare(b.topic));
}
