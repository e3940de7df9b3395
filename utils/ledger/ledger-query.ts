// The ledger table's query: filters, sort and search that stay fast at 100,000 entries.
// Filters read primary keys through indexes (no record is cloned) and are intersected;
// the order comes from walking an index, or, for a few hundred candidates, from their
// records. `firstPage` gives the rows in view at once; the text search reads records in chunks.
import Dexie from 'dexie';
import type { LedgerDb } from './db';
import { AWAITING_REPLY, OPEN_STATUSES, STATUSES, type LedgerEntry, type Status } from './types';
import { customPeriod } from '../stats/period';
import { toShanghaiISO } from '../time/shanghai';
import type { RaisedLevel, WarningLevel } from '../settings/types';
import { DAY_MS } from '../time/units';

const RAISED_LEVELS: RaisedLevel[] = ['urgent', 'watch'];

export interface LedgerFilter {
  /** '' = every status; 'open' = not yet 已办结. */
  status: '' | 'open' | Status;
  /** Topic id, site host, department: '' = any. */
  topic: string;
  site: string;
  department: string;
  /** 舆情预警 level: '' = any; 'normal' = entries without a raised level. */
  level: '' | WarningLevel;
  /** Still waiting for a reply and past its due time. */
  overdue: boolean;
  /** Captured between these Shanghai days (YYYY-MM-DD, inclusive); '' = open-ended. */
  fromDay: string;
  toDay: string;
  /** Words looked up in title, author and excerpt. */
  search: string;
}

export type SortKey = 'capturedAt' | 'dueAt' | 'status';
export interface LedgerSort {
  key: SortKey;
  desc: boolean;
}

export const EMPTY_FILTER: LedgerFilter = {
  status: '',
  topic: '',
  site: '',
  department: '',
  level: '',
  overdue: false,
  fromDay: '',
  toDay: '',
  search: '',
};
export const DEFAULT_SORT: LedgerSort = { key: 'capturedAt', desc: true };

/** The filter and sort as a short text, e.g. `status=new&topic=road&sort=-capturedAt` (empty parts left out). */
export function querySignature(filter: LedgerFilter, sort: LedgerSort): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value === '' || value === false) continue;
    params.set(name, value === true ? '1' : String(value));
  }
  params.set('sort', `${sort.desc ? '-' : ''}${sort.key}`);
  return params.toString();
}

/** Captured-at bounds as ISO strings (+08:00, as the ledger stores them); null = open end. */
export function capturedRange(filter: LedgerFilter): { from: string | null; to: string | null } | null {
  if (!filter.fromDay && !filter.toDay) return null;
  // A one-day period checks each given day's format; both days together also check their order.
  const from = filter.fromDay ? toShanghaiISO(customPeriod(filter.fromDay, filter.toDay || filter.fromDay).from) : null;
  const to = filter.toDay ? toShanghaiISO(customPeriod(filter.fromDay || filter.toDay, filter.toDay).to) : null;
  return { from, to };
}

/** Keys of one level's entries: 一般 ones carry no level, so they are the ones the level index leaves out. */
async function levelKeys(db: LedgerDb, level: WarningLevel): Promise<string[]> {
  if (level !== 'normal') return db.entries.where('level').equals(level).primaryKeys();
  const [raised, all] = await Promise.all([db.entries.where('level').anyOf(RAISED_LEVELS).primaryKeys(), db.entries.toCollection().primaryKeys()]);
  const skip = new Set(raised);
  return all.filter((k) => !skip.has(k));
}

/** One key set per indexed criterion except the captured-at range. */
async function criterionSets(db: LedgerDb, filter: LedgerFilter, now: Date): Promise<Set<string>[]> {
  const jobs: Promise<string[]>[] = [];
  if (filter.status) {
    const statuses = filter.status === 'open' ? (OPEN_STATUSES as Status[]) : [filter.status];
    jobs.push(db.entries.where('status').anyOf(statuses).primaryKeys());
  }
  if (filter.topic) jobs.push(db.entries.where('topics').equals(filter.topic).primaryKeys());
  if (filter.site) jobs.push(db.entries.where('site').equals(filter.site).primaryKeys());
  if (filter.department) jobs.push(db.entries.where('department').equals(filter.department).primaryKeys());
  if (filter.level) jobs.push(levelKeys(db, filter.level));
  if (filter.overdue) {
    const nowIso = toShanghaiISO(now);
    jobs.push(
      Promise.all(
        AWAITING_REPLY.map((s) =>
          db.entries.where('[status+dueAt]').between([s, Dexie.minKey], [s, nowIso], true, false).primaryKeys(),
        ),
      ).then((lists) => lists.flat()),
    );
  }
  return (await Promise.all(jobs)).map((keys) => new Set(keys));
}

export function intersect<T>(sets: Set<T>[]): Set<T> | null {
  if (sets.length === 0) return null;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (rest.length === 0) return smallest!;
  const out = new Set<T>();
  for (const key of smallest!) if (rest.every((s) => s.has(key))) out.add(key);
  return out;
}

/** Entries in captured-at order (oldest first) within the filter's date range. */
function capturedCollection(db: LedgerDb, filter: LedgerFilter) {
  const range = capturedRange(filter);
  if (!range) return db.entries.orderBy('capturedAt');
  return db.entries.where('capturedAt').between(range.from ?? Dexie.minKey, range.to ?? Dexie.maxKey, true, false);
}

/** Keys by due time; entries with no due time (not in the index) come last whichever the direction. */
async function dueOrder(db: LedgerDb, desc: boolean): Promise<string[]> {
  const [due, all] = await Promise.all([db.entries.orderBy('dueAt').primaryKeys(), db.entries.toCollection().primaryKeys()]);
  const withDue = new Set(due);
  if (desc) due.reverse();
  for (const key of all) if (!withDue.has(key)) due.push(key);
  return due;
}

/** Keys in workflow order of their status (新登记 first), newest capture first within a status. */
async function statusOrder(db: LedgerDb, desc: boolean): Promise<string[]> {
  const [byCapture, ...perStatus] = await Promise.all([
    db.entries.orderBy('capturedAt').primaryKeys(),
    ...STATUSES.map((s) => db.entries.where('status').equals(s).primaryKeys()),
  ]);
  const rank = new Map<string, number>();
  perStatus.forEach((keys, i) => keys.forEach((k) => rank.set(k, i)));
  const buckets: string[][] = STATUSES.map(() => []);
  for (let i = byCapture.length - 1; i >= 0; i--) buckets[rank.get(byCapture[i]!) ?? 0]!.push(byCapture[i]!);
  if (desc) buckets.reverse();
  return buckets.flat();
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The same order as the index walks above, computed from the records themselves. */
export function compareEntries(sort: LedgerSort): (a: LedgerEntry, b: LedgerEntry) => number {
  const dir = sort.desc ? -1 : 1;
  const captured = (a: LedgerEntry, b: LedgerEntry) => byText(a.capturedAt, b.capturedAt) || byText(a.key, b.key);
  if (sort.key === 'capturedAt') return (a, b) => dir * captured(a, b);
  if (sort.key === 'dueAt') {
    return (a, b) =>
      a.dueAt === null || b.dueAt === null
        ? Number(a.dueAt === null) - Number(b.dueAt === null) || byText(a.key, b.key)
        : dir * (byText(a.dueAt, b.dueAt) || byText(a.key, b.key));
  }
  const rank = (e: LedgerEntry) => STATUSES.indexOf(e.status);
  return (a, b) => dir * (rank(a) - rank(b)) || -captured(a, b);
}

/** Below this many candidates, reading and sorting the records beats walking a whole index. */
export const RECORD_SORT_BELOW = 500;

export interface QueryTuning {
  /** Candidate count under which the records are read and sorted instead of walking an index. */
  recordSortBelow?: number;
}

/** Sorts a small candidate set from its records, applying the date range too. */
async function sortCandidates(db: LedgerDb, keys: Set<string>, filter: LedgerFilter, sort: LedgerSort): Promise<string[]> {
  const range = capturedRange(filter);
  const rows = (await db.entries.bulkGet([...keys])).filter(
    (e): e is LedgerEntry =>
      e !== undefined && (!range || ((range.from === null || e.capturedAt >= range.from) && (range.to === null || e.capturedAt < range.to))),
  );
  return rows.sort(compareEntries(sort)).map((e) => e.key);
}

/** The full ordered result for criterion key sets already read. */
async function orderedKeys(db: LedgerDb, filter: LedgerFilter, sort: LedgerSort, sets: Set<string>[], tuning: QueryTuning): Promise<string[]> {
  const small = intersect(sets);
  if (small && small.size < (tuning.recordSortBelow ?? RECORD_SORT_BELOW)) return sortCandidates(db, small, filter, sort);
  let ordered: string[];
  if (sort.key === 'capturedAt') {
    ordered = await capturedCollection(db, filter).primaryKeys();
    if (sort.desc) ordered.reverse();
  } else {
    ordered = sort.key === 'dueAt' ? await dueOrder(db, sort.desc) : await statusOrder(db, sort.desc);
    if (capturedRange(filter)) sets = [...sets, new Set(await capturedCollection(db, filter).primaryKeys())];
  }
  const wanted = intersect(sets);
  return wanted ? ordered.filter((k) => wanted.has(k)) : ordered;
}

/**
 * Keys of the entries that pass every indexed filter (all but `search`), in
 * the table's order. The count shown is this list's length: no `count()` scan.
 */
export async function indexedKeys(db: LedgerDb, filter: LedgerFilter, sort: LedgerSort, now: Date, tuning: QueryTuning = {}): Promise<string[]> {
  return orderedKeys(db, filter, sort, await criterionSets(db, filter, now), tuning);
}

export interface FirstPage {
  keys: string[];
  /** Matching entries in all, when known without walking the whole order. */
  total: number | null;
  /** `keys` is already the whole result. */
  complete: boolean;
}

/**
 * Up to `limit` keys in captured-at order, read in time windows that start at
 * the newest (or oldest) capture and double in length until enough match. Each
 * window is one forward key read of an index range, so the cost follows the
 * rows needed, not the size of the ledger.
 */
async function walkByCapture(db: LedgerDb, filter: LedgerFilter, desc: boolean, wanted: Set<string> | null, limit: number): Promise<string[]> {
  const inRange = capturedCollection(db, filter);
  const [oldest, newest] = await Promise.all([inRange.clone().limit(1).keys(), inRange.clone().reverse().limit(1).keys()]);
  if (!oldest.length || !newest.length) return [];
  const first = String(oldest[0]);
  const last = String(newest[0]);
  const found: string[] = [];
  let span = DAY_MS;
  if (desc) {
    let upper = last;
    let upperIncluded = true;
    while (found.length < limit && upper >= first) {
      const lowerIso = toShanghaiISO(Date.parse(upper) - span);
      const lower = lowerIso < first ? first : lowerIso;
      const keys = await db.entries.where('capturedAt').between(lower, upper, true, upperIncluded).primaryKeys();
      for (let i = keys.length - 1; i >= 0 && found.length < limit; i--) if (!wanted || wanted.has(keys[i]!)) found.push(keys[i]!);
      if (lower === first) break;
      upper = lower;
      upperIncluded = false;
      span *= 2;
    }
  } else {
    let lower = first;
    while (found.length < limit && lower <= last) {
      const upperIso = toShanghaiISO(Date.parse(lower) + span);
      const end = upperIso > last;
      const keys = await db.entries.where('capturedAt').between(lower, end ? last : upperIso, true, end).primaryKeys();
      for (const key of keys) if (found.length < limit && (!wanted || wanted.has(key))) found.push(key);
      if (end) break;
      lower = upperIso;
      span *= 2;
    }
  }
  return found;
}

/**
 * The first `limit` rows of the table, fast at any ledger size (see
 * `walkByCapture`). `indexedKeys` gives the complete list afterwards, for the
 * count and for scrolling further.
 */
export async function firstPage(
  db: LedgerDb,
  filter: LedgerFilter,
  sort: LedgerSort,
  now: Date,
  limit: number,
  tuning: QueryTuning = {},
): Promise<FirstPage> {
  const sets = await criterionSets(db, filter, now);
  const wanted = intersect(sets);
  if ((wanted && wanted.size < (tuning.recordSortBelow ?? RECORD_SORT_BELOW)) || sort.key !== 'capturedAt') {
    const keys = await orderedKeys(db, filter, sort, sets, tuning);
    return { keys, total: keys.length, complete: true };
  }
  const keys = await walkByCapture(db, filter, sort.desc, wanted, limit);
  const complete = keys.length < limit;
  return { keys, total: complete ? keys.length : capturedRange(filter) ? null : (wanted?.size ?? null), complete };
}

/** Lower-case, full-width folded to half-width (NFKC), so `ＡＢＣ１` finds `abc1`. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function matchesSearch(entry: LedgerEntry, words: readonly string[]): boolean {
  const haystack = foldText(`${entry.title}\n${entry.author}\n${entry.excerpt}`);
  return words.every((w) => haystack.includes(w));
}

export function searchWords(search: string): string[] {
  return foldText(search).split(/\s+/).filter(Boolean);
}

const CHUNK = 2000;

export interface ScanOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Reads the entries of `keys` in chunks (order kept, missing ones skipped), yielding each chunk. */
export async function* entriesInChunks(db: LedgerDb, keys: readonly string[], options: ScanOptions = {}): AsyncGenerator<LedgerEntry[]> {
  for (let start = 0; start < keys.length; start += CHUNK) {
    options.signal?.throwIfAborted();
    const rows = await db.entries.bulkGet(keys.slice(start, start + CHUNK));
    options.signal?.throwIfAborted();
    yield rows.filter((e): e is LedgerEntry => e !== undefined);
    options.onProgress?.(Math.min(start + CHUNK, keys.length), keys.length);
  }
}

/** The keys (order kept) whose title, author or excerpt contain every word of `search`. */
export async function searchKeys(db: LedgerDb, keys: readonly string[], search: string, options: ScanOptions = {}): Promise<string[]> {
  const words = searchWords(search);
  if (words.length === 0) return [...keys];
  const found: string[] = [];
  for await (const chunk of entriesInChunks(db, keys, options)) {
    for (const entry of chunk) if (matchesSearch(entry, words)) found.push(entry.key);
  }
  return found;
}

/** All entries, oldest capture first, read in chunks (for exports and statistics). */
export async function allEntries(db: LedgerDb, options: ScanOptions = {}): Promise<LedgerEntry[]> {
  const keys = await db.entries.orderBy('capturedAt').primaryKeys();
  const out: LedgerEntry[] = [];
  for await (const chunk of entriesInChunks(db, keys, options)) out.push(...chunk);
  return out;
}
