// The ledger table's first rows at any size and in any order: walk the index that gives
// the order (narrowed to the status when one is chosen), reading records in growing
// chunks and keeping those that pass the filter, until enough are found. The tallies say
// how many match, and whether the walk would read too many records for a rare match; then
// the key sets of `firstPage` are the faster way.
import Dexie, { type Collection } from 'dexie';
import type { LedgerDb } from './db';
import { capturedRange, firstPage, type FirstPage, type LedgerFilter, type LedgerSort, type QueryTuning } from './ledger-query';
import { countedByFacets, facetCount, loadFacets } from './facet-count';
import { AWAITING_REPLY, OPEN_STATUSES, STATUSES, type LedgerEntry, type Status } from './types';
import { toShanghaiISO } from '../time/shanghai';
import { entryLevel } from './entry-level';

/** A walk reading more records than this is left to the key sets. */
export const MAX_WALK_READS = 5000;
/** The largest read of one walk's records at once. */
export const MAX_CHUNK = 4000;

/** An index walk in the table's order; `only` keeps part of what it reads. */
export interface Stream {
  read(): Collection<LedgerEntry, string>;
  only?(e: LedgerEntry): boolean;
}

/** The filter as a test on one record, the same as the indexes answer it. */
export function passes(filter: LedgerFilter, now: Date): (e: LedgerEntry) => boolean {
  const statuses: readonly Status[] | null = filter.status === 'open' ? OPEN_STATUSES : filter.status ? [filter.status] : null;
  const range = capturedRange(filter);
  const nowIso = toShanghaiISO(now);
  return (e) =>
    (!statuses || statuses.includes(e.status)) &&
    (!filter.topic || e.topics.includes(filter.topic)) &&
    (!filter.site || e.site === filter.site) &&
    (!filter.department || e.department === filter.department) &&
    (!filter.level || entryLevel(e) === filter.level) &&
    (!filter.overdue || (AWAITING_REPLY.includes(e.status) && e.dueAt !== null && e.dueAt < nowIso)) &&
    (!range || ((range.from === null || e.capturedAt >= range.from) && (range.to === null || e.capturedAt < range.to)));
}

/** The index walks that together give the table's order, for one chosen status or for all. */
export function streams(db: LedgerDb, filter: LedgerFilter, sort: LedgerSort): Stream[] {
  const single = filter.status && filter.status !== 'open' ? filter.status : null;
  const chosen = filter.status === 'open' ? OPEN_STATUSES : single ? [single] : STATUSES;
  const range = capturedRange(filter);
  const lower = range?.from ?? Dexie.minKey;
  const upper = range?.to ?? Dexie.maxKey;
  const byCapture = (s: Status, desc: boolean): Stream => ({
    read() {
      const c = db.entries.where('[status+capturedAt]').between([s, lower], [s, upper], true, false);
      return desc ? c.reverse() : c;
    },
  });
  if (sort.key === 'capturedAt') {
    if (single) return [byCapture(single, sort.desc)];
    return [
      {
        read() {
          const c = db.entries.where('capturedAt').between(lower, upper, true, false);
          return sort.desc ? c.reverse() : c;
        },
      },
    ];
  }
  if (sort.key === 'status') {
    const order = sort.desc ? [...STATUSES].reverse() : STATUSES;
    return order.filter((s) => chosen.includes(s)).map((s) => byCapture(s, true));
  }
  // Due time, then the entries without one (not in the due index) in key order, whichever the direction.
  const dated = () => (single ? db.entries.where('[status+dueAt]').between([single, Dexie.minKey], [single, Dexie.maxKey]) : db.entries.orderBy('dueAt'));
  return [
    { read: () => (sort.desc ? dated().reverse() : dated()) },
    { read: () => (single ? db.entries.where('status').equals(single) : db.entries.toCollection()), only: (e) => e.dueAt === null },
  ];
}

/**
 * Up to `limit` records passing `accept`, from the streams in turn, read in growing chunks
 * (each a plain ranged read: a Dexie filter would step a cursor record by record);
 * `exhausted` when every stream was read to its end; `gaveUp` when `maxReads` records
 * were read first.
 */
export async function walkRecords(
  list: Stream[],
  accept: (e: LedgerEntry) => boolean,
  limit: number,
  firstChunk = limit,
  maxReads = Infinity,
): Promise<{ rows: LedgerEntry[]; exhausted: boolean; gaveUp?: boolean }> {
  const found: LedgerEntry[] = [];
  let reads = 0;
  for (const stream of list) {
    let offset = 0;
    let size = firstChunk;
    for (;;) {
      const rows = await stream.read().offset(offset).limit(size).toArray();
      for (const e of rows) if (found.length < limit && (!stream.only || stream.only(e)) && accept(e)) found.push(e);
      if (found.length >= limit) return { rows: found, exhausted: false };
      reads += rows.length;
      if (reads >= maxReads) return { rows: found, exhausted: false, gaveUp: true };
      if (rows.length < size) break;
      offset += size;
      size = Math.min(size * 2, MAX_CHUNK);
    }
  }
  return { rows: found, exhausted: true };
}

/**
 * The first `limit` rows and, when the tallies can say, how many match in all. Without
 * built tallies this is `firstPage`.
 */
export async function firstRows(
  db: LedgerDb,
  filter: LedgerFilter,
  sort: LedgerSort,
  now: Date,
  limit: number,
  tuning: QueryTuning = {},
): Promise<FirstPage> {
  const facets = await loadFacets(db);
  if (!facets) return firstPage(db, filter, sort, now, limit, tuning);
  const total = countedByFacets(filter) ? facetCount(facets, filter) : null;
  const walked = facetCount(facets, { status: filter.status, topic: '', site: '', department: '', level: '' });
  const atMost = facetCount(facets, filter);
  // A walk reads about limit × walked / matches records, and the whole stream when fewer match than the limit.
  // The tallies cannot tell how rare overdue entries are, nor a date range outside the capture order.
  const reads = atMost >= limit ? (limit * walked) / atMost : walked;
  const unknown = filter.overdue || (capturedRange(filter) !== null && sort.key !== 'capturedAt');
  if (unknown || reads > MAX_WALK_READS) {
    const page = await firstPage(db, filter, sort, now, limit, tuning);
    return { ...page, total: page.total ?? total };
  }
  // The first chunk holds about enough for the rows wanted, so most walks are a single read.
  const firstChunk = Math.min(MAX_CHUNK, Math.max(limit, Math.ceil(reads * 1.25)));
  const { rows, exhausted } = await walkRecords(streams(db, filter, sort), passes(filter, now), limit, firstChunk);
  return { keys: rows.map((e) => e.key), total: exhausted ? rows.length : total, complete: exhausted };
}
