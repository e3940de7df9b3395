// The ledger table's text search through the character-pair index (search-grams.ts). The
// index gives the entries that can hold the words; each is checked against its whole text,
// so the hits are those of reading every entry. A rare word's few entries are read and
// sorted at once; words found in many entries are checked along the table's order instead,
// where the first rows come quickly.
import type { LedgerDb } from './db';
import {
  compareEntries,
  indexedKeys,
  intersect,
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

/** The docs of a lookup: in every row of its pair, or of every pair starting with its character. */
async function lookupDocs(db: LedgerDb, lookup: Lookup): Promise<Set<number>> {
  const rows = await db.searchPostings.where('id').startsWith(postingPrefix(lookup.gram, lookup.prefix)).toArray();
  const docs = new Set<number>();
  for (const row of rows) if (!lookup.prefix || isPairRow(row.id)) for (const doc of row.docs) docs.add(doc);
  return docs;
}

/** Rows read before a lookup is known to be common. */
const FIRST_ROWS = 8;

/**
 * The docs of a lookup, read only until there are `enough`: a common pair or character is
 * then known as such after a row or two (one per block of docs), not after every block.
 */
async function docsUpTo(db: LedgerDb, lookup: Lookup, enough: number): Promise<Set<number>> {
  const prefix = postingPrefix(lookup.gram, lookup.prefix);
  const docs = new Set<number>();
  const add = (rows: PostingRow[]) => {
    for (const row of rows) if (!lookup.prefix || isPairRow(row.id)) for (const doc of row.docs) docs.add(doc);
  };
  const first = await db.searchPostings.where('id').startsWith(prefix).limit(FIRST_ROWS).toArray();
  add(first);
  if (first.length === FIRST_ROWS && docs.size < enough) {
    add(await db.searchPostings.where('id').between(first[FIRST_ROWS - 1]!.id, prefix + '\uffff', false, true).toArray());
  }
  return docs;
}

/** Entries whose excerpt goes on past what is indexed: they may hold any word. */
const unindexedTails = (db: LedgerDb) => lookupDocs(db, { gram: UNINDEXED_TAIL, prefix: false });

async function keysOfDocs(db: LedgerDb, docs: Set<number>): Promise<Set<string>> {
  const rows = await db.searchDocs.bulkGet([...docs].map(keyOfDoc));
  return new Set(rows.flatMap((r) => (r?.key === undefined ? [] : [r.key])));
}

/** The docs that may hold every word, and those of them that may hold it past what is indexed. */
async function candidateDocs(db: LedgerDb, words: readonly string[]): Promise<{ docs: Set<number>; tails: Set<number> }> {
  const [tails, ...found] = await Promise.all([unindexedTails(db), ...lookupsOf(words).map((l) => lookupDocs(db, l))]);
  return { docs: union(intersect(found) ?? new Set(), tails), tails };
}

/**
 * Docs that may hold the words, for choosing how to find the first hits: fewer than
 * RECORD_SORT_BELOW when so few may hold them (then every hit is among them, if not every
 * one of them is a hit). Each lookup is read only until it is known to be common; only
 * when all of several are common is their intersection read in full.
 */
async function firstCandidates(db: LedgerDb, words: readonly string[]): Promise<Set<number>> {
  const lookups = lookupsOf(words);
  const [tails, ...partial] = await Promise.all([unindexedTails(db), ...lookups.map((l) => docsUpTo(db, l, RECORD_SORT_BELOW))]);
  const fewest = partial.reduce((a, b) => (b.size < a.size ? b : a));
  if (fewest.size < RECORD_SORT_BELOW || lookups.length === 1) return union(fewest, tails);
  const found = await Promise.all(lookups.map((l) => lookupDocs(db, l)));
  return union(intersect(found) ?? new Set(), tails);
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
