// The text search's index: each entry's searched text (title, author, excerpt), folded as
// the search folds it, as its distinct character pairs. A word of two or more characters
// occurs only in entries holding each of its pairs; one character c only in entries
// holding a pair that starts with c (the last character of a run pairs with RUN_END).
// Words never hold whitespace, so pairs stop at it. Chinese has no spaces between words,
// which is why pairs and not words are indexed.
//
// Stored compactly: each entry has a small number (its doc, table `searchDocs`), and each
// pair one row per block of BLOCK_DOCS docs listing the docs that hold it (`searchPostings`).
// An index row per pair and entry would cost ~50 bytes and ~15 µs to write each: 45 MB and
// 50 s for 10,000 short entries.
import { foldText } from './ledger-query';
import type { LedgerEntry } from './types';

/**
 * A row of `searchDocs`: an entry's doc number (id `docOfKey(key)`), the entry a doc stands for
 * (id `keyOfDoc(doc)`), or the next doc number to give (id NEXT_DOC). Both ways are reads by id.
 */
export interface SearchDocRow {
  id: string;
  doc?: number;
  key?: string;
}
export const docOfKey = (key: string) => `k\t${key}`;
export const keyOfDoc = (doc: number) => `d\t${doc}`;
export const NEXT_DOC = 'next';

/** The rows that number a new entry `doc`, and the counter after it. */
export const numbered = (key: string, doc: number): SearchDocRow[] => [
  { id: docOfKey(key), doc },
  { id: keyOfDoc(doc), key },
];

/** The docs of one block that hold one pair, ascending. */
export interface PostingRow {
  id: string;
  docs: number[];
}

/** Pairs a run's last character with this, so that every character starts a pair. */
export const RUN_END = '\u0000';
/** The excerpt's characters indexed; a longer one is marked, and always read and checked. */
export const INDEXED_EXCERPT_CHARS = 1000;
/** The mark of an entry whose excerpt goes on past what is indexed (one character: no pair is one). */
export const UNINDEXED_TAIL = '\u0001';
export const BLOCK_DOCS = 1024;
const SEP = '\t';

export const postingId = (gram: string, doc: number) => `${gram}${SEP}${Math.floor(doc / BLOCK_DOCS)}`;
/** The id range of one pair's rows, or (`prefix`) of every pair starting with one character. */
export const postingPrefix = (gram: string, prefix: boolean) => (prefix ? gram : gram + SEP);
/** A prefix range also meets the tail mark's rows when the character is the mark itself; they are no pair. */
export const isPairRow = (id: string) => id[1] !== SEP;

/** The entry's text as the search reads it, folded. */
export const searchedText = (entry: Pick<LedgerEntry, 'title' | 'author' | 'excerpt'>, excerptChars = Infinity) =>
  foldText(`${entry.title}\n${entry.author}\n${entry.excerpt.slice(0, excerptChars)}`);

/** The entry's pairs as the index holds them. */
export function entryGrams(entry: LedgerEntry): Set<string> {
  const grams = new Set<string>();
  for (const run of searchedText(entry, INDEXED_EXCERPT_CHARS).split(/\s+/)) {
    for (let i = 0; i < run.length; i++) grams.add(run[i]! + (run[i + 1] ?? RUN_END));
  }
  if (entry.excerpt.length > INDEXED_EXCERPT_CHARS) grams.add(UNINDEXED_TAIL);
  return grams;
}

/**
 * The index lookups of one folded word: its distinct pairs, or for one character the
 * prefix of every pair it starts.
 */
export function wordGrams(word: string): { pairs: string[] } | { prefix: string } {
  if (word.length === 1) return { prefix: word };
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) pairs.add(word.slice(i, i + 2));
  return { pairs: [...pairs] };
}

/** Posting row id → docs to add (true) or remove (false). */
export type PostingDelta = Map<string, Map<number, boolean>>;

/** Records that `doc` now holds `after` instead of `before` (either may be empty). */
export function addDocChange(delta: PostingDelta, doc: number, before: ReadonlySet<string>, after: ReadonlySet<string>): void {
  const note = (gram: string, holds: boolean) => {
    const id = postingId(gram, doc);
    let docs = delta.get(id);
    if (!docs) delta.set(id, (docs = new Map()));
    docs.set(doc, holds);
  };
  for (const gram of before) if (!after.has(gram)) note(gram, false);
  for (const gram of after) if (!before.has(gram)) note(gram, true);
}

/** The rows after applying `delta` to `current` (by id); a row left with no doc is null (to delete). */
export function applyPostingDelta(delta: PostingDelta, current: ReadonlyMap<string, PostingRow>): Map<string, PostingRow | null> {
  const out = new Map<string, PostingRow | null>();
  for (const [id, changes] of delta) {
    const docs = new Set(current.get(id)?.docs);
    for (const [doc, holds] of changes) {
      if (holds) docs.add(doc);
      else docs.delete(doc);
    }
    out.set(id, docs.size ? { id, docs: [...docs].sort((a, b) => a - b) } : null);
  }
  return out;
}
