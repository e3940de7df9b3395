// Builds the text search's index and the tallies from the whole ledger: after a schema
// upgrade, or when entries were written around the middlewares (the ready mark is then missing).
import type { LedgerDb } from './db';
import { entriesInChunks, type ScanOptions } from './ledger-query';
import { addContributions, applyDelta, TALLIES_READY, type TallyDelta, type TallyRow } from './tally-cells';
import { LEDGER_CONTRIBUTORS } from './tally-contributors';
import { addDocChange, applyPostingDelta, BLOCK_DOCS, docOfKey, entryGrams, NEXT_DOC, numbered, type PostingDelta, type PostingRow, type SearchDocRow } from './search-grams';

export async function talliesReady(db: LedgerDb): Promise<boolean> {
  return (await db.tallies.get(TALLIES_READY)) !== undefined;
}

/** Counts every entry afresh, in one transaction: readers see the old tallies or the new ones. */
export async function rebuildTallies(db: LedgerDb, options: ScanOptions = {}): Promise<void> {
  await db.transaction('rw', db.entries, db.tallies, async () => {
    const delta: TallyDelta = new Map();
    const keys = await db.entries.toCollection().primaryKeys();
    for await (const chunk of entriesInChunks(db, keys, options)) {
      for (const entry of chunk) addContributions(delta, LEDGER_CONTRIBUTORS, entry, 1);
    }
    const rows = [...applyDelta(delta, new Map()).values()].filter((r): r is TallyRow => r !== null);
    await db.tallies.clear();
    await db.tallies.bulkPut([...rows, { id: TALLIES_READY, counts: {} }]);
  });
}

/** Entries indexed per transaction (one block of docs): each holds the ledger's writers back for a moment only. */
const INDEX_CHUNK = BLOCK_DOCS;

/**
 * Indexes every entry's text for the search afresh, a block of entries per transaction, so
 * that captures go on meanwhile (the middleware indexes what they write, and those entries
 * are left as they are). The ready mark, which the search waits for, comes with the tallies
 * built after it.
 */
export async function rebuildSearchIndex(db: LedgerDb, options: ScanOptions = {}): Promise<void> {
  await db.transaction('rw', db.searchDocs, db.searchPostings, () => Promise.all([db.searchDocs.clear(), db.searchPostings.clear()]));
  const keys = await db.entries.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += INDEX_CHUNK) {
    options.signal?.throwIfAborted();
    await db.transaction('rw', db.entries, db.searchDocs, db.searchPostings, async () => {
      const chunk = keys.slice(start, start + INDEX_CHUNK);
      const [entries, indexed, counter] = await Promise.all([db.entries.bulkGet(chunk), db.searchDocs.bulkGet(chunk.map(docOfKey)), db.searchDocs.get(NEXT_DOC)]);
      let next = counter?.doc ?? 0;
      const docs: SearchDocRow[] = [];
      const delta: PostingDelta = new Map();
      entries.forEach((entry, i) => {
        if (!entry || indexed[i]) return;
        const doc = next++;
        docs.push(...numbered(entry.key, doc));
        addDocChange(delta, doc, new Set(), entryGrams(entry));
      });
      docs.push({ id: NEXT_DOC, doc: next });
      const current = await db.searchPostings.bulkGet([...delta.keys()]);
      const rows = applyPostingDelta(delta, new Map(current.flatMap((r) => (r ? [[r.id, r] as const] : []))));
      await db.searchDocs.bulkPut(docs);
      await db.searchPostings.bulkPut([...rows.values()].filter((r): r is PostingRow => r !== null));
    });
    options.onProgress?.(Math.min(start + INDEX_CHUNK, keys.length), keys.length);
  }
}

/** The search index, then the tallies (and with them the ready mark). */
export async function rebuildLedgerIndexes(db: LedgerDb, progress: { index?: ScanOptions; tallies?: ScanOptions } = {}): Promise<void> {
  await rebuildSearchIndex(db, progress.index);
  await rebuildTallies(db, progress.tallies);
}
