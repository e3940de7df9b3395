// The ledger table's text search through the character-pair index (search-grams.ts). The
// index gives the entries that can hold the words; each is checked against its whole text,
// so the hits are those of reading every entry. A rare word's few entries are read and
// sorted at once; words found in many entries are checked along the table's order instead,
// where the first rows come quickly.
import type { LedgerDb } from './db';
import {
  compareEntries,
  indexedKeys,
  matchesSearch,
  RECORD_SORT_BELOW,
  searchKeys,
  searchWords,
  type FirstPage,
  type LedgerFilter,
  type LedgerSort,
  type ScanOptions,
} from './ledger-query';
import { firstRows, MAX_WALK_READS, passes, streams, walkRecords } from './first-rows';
import { isPairRow, keyOfDoc, postingPrefix, UNINDEXED_TAIL, wordGrams, type PostingRow } from './search-grams';
import { talliesReady } from './tally-rebuild';
import type { LedgerEntry } from './types';

/** One read of the index: the entries holding a pair, or a pair starting with a character. */
type Lookup = { gram: string; prefix: boolean };

function lookupsOf(words: readonly string[]): Lookup[] {
  const seen = new Map<string, Lookup>();
  for (const word of words) {
    const grams = wordGrams(word);
    const list = 'prefix' in grams ? [{ gram: grams.prefix, prefix: true }] : grams.pairs.map((gram) => ({ gram, prefix: false }));
    for (const l of list) seen.set(`${l.prefix ? '^' : '='}${l.gram}`, l);
  }
  return [...seen.values()];
}

/** Adds the docs of a lookup's rows (for a prefix, of its pairs' rows only), or only those among `among`. */
function addDocs(into: Set<number>, lookup: Lookup, rows: readonly PostingRow[], among?: ReadonlySet<number>): Set<number> {
  for (const row of rows) if (!lookup.prefix || isPairRow(row.id)) for (const doc of row.docs) if (!among || among.has(doc)) into.add(doc);
  return into;
}

const rowsOf = (db: LedgerDb, lookup: Lookup) => db.searchPostings.where('id').startsWith(postingPrefix(lookup.gram, lookup.prefix));

/** The docs of a lookup: in every row of its pair, or of every pair starting with its character. */
async function lookupDocs(db: LedgerDb, lookup: Lookup): Promise<Set<number>> {
  return addDocs(new Set(), lookup, await rowsOf(db, lookup).toArray());
}

/** Rows read before a lookup is known to be common. */
const FIRST_ROWS = 8;

/** What the first rows of a lookup tell: its docs, all of them when `complete`, and how many per row read. */
interface Sample {
  lookup: Lookup;
  docs: Set<number>;
  complete: boolean;
  perRow: number;
}

/**
 * The docs of a lookup, read only until there are `enough`: a common pair or character is
 * then known as such after a row or two (one per block of docs), not after every block.
 */
async function sample(db: LedgerDb, lookup: Lookup, enough: number): Promise<Sample> {
  const first = await rowsOf(db, lookup).limit(FIRST_ROWS).toArray();
  const docs = addDocs(new Set(), lookup, first);
  if (first.length < FIRST_ROWS) return { lookup, docs, complete: true, perRow: docs.size / Math.max(first.length, 1) };
  if (docs.size >= enough) return { lookup, docs, complete: false, perRow: docs.size / first.length };
  const prefix = postingPrefix(lookup.gram, lookup.prefix);
  addDocs(docs, lookup, await db.searchPostings.where('id').between(first[FIRST_ROWS - 1]!.id, prefix + '\uffff', false, true).toArray());
  return { lookup, docs, complete: true, perRow: 0 };
}

/**
 * The docs that may hold every lookup, narrowed from the rarest on: each further lookup only
 * thins out the docs kept. Once they and the `tails` are fewer than RECORD_SORT_BELOW the
 * remaining lookups are not read: those few records are read and checked against their text anyway.
 */
async function narrowedDocs(db: LedgerDb, samples: Sample[], tails: Set<number>): Promise<Set<number>> {
  const [rarest, ...rest] = [...samples].sort((a, b) => a.perRow - b.perRow);
  let docs = rarest!.complete ? rarest!.docs : await lookupDocs(db, rarest!.lookup);
  for (const { lookup } of rest) {
    if (docs.size + tails.size < RECORD_SORT_BELOW) break;
    docs = addDocs(new Set(), lookup, await rowsOf(db, lookup).toArray(), docs);
  }
  return docs;
}

/** Entries whose excerpt goes on past what is indexed: they may hold any word. */
const unindexedTails = (db: LedgerDb) => lookupDocs(db, { gram: UNINDEXED_TAIL, prefix: false });

async function keysOfDocs(db: LedgerDb, docs: Set<number>): Promise<Set<string>> {
  const rows = await db.searchDocs.bulkGet([...docs].map(keyOfDoc));
  return new Set(rows.flatMap((r) => (r?.key === undefined ? [] : [r.key])));
}

/**
 * The docs that may hold every word (all of them when RECORD_SORT_BELOW or more), and those of
 * them that may hold it past what is indexed.
 */
async function candidateDocs(db: LedgerDb, words: readonly string[]): Promise<{ docs: Set<number>; tails: Set<number> }> {
  const [tails, ...samples] = await Promise.all([unindexedTails(db), ...lookupsOf(words).map((l) => sample(db, l, 0))]);
  return { docs: union(await narrowedDocs(db, samples, tails), tails), tails };
}

/**
 * Docs that may hold the words, for choosing how to find the first hits: fewer than
 * RECORD_SORT_BELOW when so few may hold them (then every hit is among them, if not every
 * one of them is a hit). Each lookup is read only until it is known to be common; only
 * when all of several are common are they narrowed down in full.
 */
async function firstCandidates(db: LedgerDb, words: readonly string[]): Promise<Set<number>> {
  const lookups = lookupsOf(words);
  const [tails, ...samples] = await Promise.all([unindexedTails(db), ...lookups.map((l) => sample(db, l, RECORD_SORT_BELOW))]);
  const fewest = samples.reduce((a, b) => (b.docs.size < a.docs.size ? b : a)).docs;
  if (fewest.size < RECORD_SORT_BELOW || lookups.length === 1) return union(fewest, tails);
  return union(await narrowedDocs(db, samples, tails), tails);
}

/** The hits among a few candidates, read and sorted in the table's order. */
async function hitsAmong(db: LedgerDb, candidates: Iterable<string>, filter: LedgerFilter, sort: LedgerSort, now: Date): Promise<string[]> {
  const words = searchWords(filter.search);
  const pass = passes(filter, now);
  const rows = (await db.entries.bulkGet([...candidates])).filter((e): e is LedgerEntry => e !== undefined && pass(e) && matchesSearch(e, words));
  return rows.sort(compareEntries(sort)).map((e) => e.key);
}

const union = <T>(a: Set<T>, b: Set<T>) => (b.size ? new Set([...a, ...b]) : a);

/**
 * The first `limit` hits of the search (with the table's other filters and order) and,
 * when known, their count. Without a built index, the complete result of reading every entry.
 */
export async function firstHits(db: LedgerDb, filter: LedgerFilter, sort: LedgerSort, now: Date, limit: number): Promise<FirstPage> {
  const words = searchWords(filter.search);
  if (!words.length) return firstRows(db, filter, sort, now, limit);
  if (!(await talliesReady(db))) {
    const keys = await allHits(db, filter, sort, now);
    return { keys, total: keys.length, complete: true };
  }
  const docs = await firstCandidates(db, words);
  if (docs.size < RECORD_SORT_BELOW) {
    const keys = await hitsAmong(db, await keysOfDocs(db, docs), filter, sort, now);
    return { keys, total: keys.length, complete: true };
  }
  // Every pair is common, so hits are likely close together in the table's order.
  const pass = passes(filter, now);
  const walk = await walkRecords(streams(db, filter, sort), (e) => pass(e) && matchesSearch(e, words), limit, limit, MAX_WALK_READS);
  if (walk.gaveUp) {
    const keys = await allHits(db, filter, sort, now);
    return { keys, total: keys.length, complete: true };
  }
  return { keys: walk.rows.map((e) => e.key), total: walk.exhausted ? walk.rows.length : null, complete: walk.exhausted };
}

/**
 * Every hit of the search, in the table's order: the entries the index names, each checked
 * against its text unless the index alone is sure (words of one or two characters). Without
 * a built index, every entry passing the other filters is read.
 */
export async function allHits(db: LedgerDb, filter: LedgerFilter, sort: LedgerSort, now: Date, options: ScanOptions = {}): Promise<string[]> {
  const words = searchWords(filter.search);
  const others = { ...filter, search: '' };
  if (!words.length) return indexedKeys(db, others, sort, now);
  if (!(await talliesReady(db))) return searchKeys(db, await indexedKeys(db, others, sort, now), filter.search, options);
  const { docs, tails } = await candidateDocs(db, words);
  if (docs.size < RECORD_SORT_BELOW) return hitsAmong(db, await keysOfDocs(db, docs), filter, sort, now);
  const [candidates, tailKeys] = await Promise.all([keysOfDocs(db, docs), keysOfDocs(db, tails)]);
  const named = (await indexedKeys(db, others, sort, now)).filter((k) => candidates.has(k));
  const sure = words.every((w) => w.length <= 2);
  const unsure = sure ? named.filter((k) => tailKeys.has(k)) : named;
  if (!unsure.length) return named;
  const confirmed = new Set(await searchKeys(db, unsure, filter.search, options));
  const checked = new Set(unsure);
  return named.filter((k) => !checked.has(k) || confirmed.has(k));
}
