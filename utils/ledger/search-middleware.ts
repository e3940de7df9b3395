// Keeps the text search's index (search-grams.ts) equal to the ledger for every writer: each
// write to `entries` gives new entries a doc number and changes the posting rows of the
// pairs an entry gained or lost, in the same transaction. A write that leaves the text as
// it was (a status change) changes no posting row.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { after, ENTRIES, entriesInRange, hasTable, inTurn, withCompanions } from './entries-companion';
import { addDocChange, applyPostingDelta, docOfKey, entryGrams, keyOfDoc, NEXT_DOC, numbered, type PostingDelta, type PostingRow, type SearchDocRow } from './search-grams';
import type { LedgerEntry } from './types';

export const SEARCH_DOCS = 'searchDocs';
export const SEARCH_POSTINGS = 'searchPostings';
const COMPANIONS = [SEARCH_DOCS, SEARCH_POSTINGS];
/** DBCoreRangeType.Any: every key (what `clear()` deletes). */
const RANGE_ANY = 3;
const NONE = new Set<string>();

interface IndexTables {
  docs: DBCoreTable;
  postings: DBCoreTable;
}

/** The entries a write stores (the last value of a key written twice), without the failed ones. */
function storedValues(req: DBCoreMutateRequest, res: DBCoreMutateResponse): Map<string, LedgerEntry> {
  if (req.type !== 'add' && req.type !== 'put') return new Map();
  return new Map((req.values as LedgerEntry[]).filter((_, i) => !(i in res.failures)).map((e) => [e.key, e]));
}

/** The next doc number to give. */
function nextDoc(docs: DBCoreTable, trans: DBCoreTransaction): PromiseLike<number> {
  return after(docs.get({ trans, key: NEXT_DOC }), (row) => (row as SearchDocRow | undefined)?.doc ?? 0);
}

function writePostings(postings: DBCoreTable, trans: DBCoreTransaction, delta: PostingDelta): PromiseLike<unknown> {
  if (delta.size === 0) return Dexie.Promise.resolve();
  return after(postings.getMany({ trans, keys: [...delta.keys()] }), (found) => {
    const current = new Map((found as (PostingRow | undefined)[]).flatMap((r) => (r ? [[r.id, r] as const] : [])));
    const next = applyPostingDelta(delta, current);
    const puts = [...next.values()].filter((r): r is PostingRow => r !== null);
    const deletes = [...next].filter(([, r]) => r === null).map(([id]) => id);
    return after(puts.length ? postings.mutate({ type: 'put', trans, values: puts }) : undefined, () =>
      deletes.length ? postings.mutate({ type: 'delete', trans, keys: deletes }) : undefined,
    );
  });
}

/** Index changes for the entries a write replaced or deleted (`before`) and those it stored. */
function reindex({ docs, postings }: IndexTables, req: DBCoreMutateRequest, before: LedgerEntry[], res: DBCoreMutateResponse): PromiseLike<unknown> {
  const { trans } = req;
  const stored = storedValues(req, res);
  const failed = req.type === 'add' || req.type === 'put' ? new Set((req.values as LedgerEntry[]).filter((_, i) => i in res.failures).map((e) => e.key)) : NONE;
  const old = new Map(before.filter((e) => !failed.has(e.key)).map((e) => [e.key, e]));
  const keys = [...new Set([...old.keys(), ...stored.keys()])];
  if (keys.length === 0) return Dexie.Promise.resolve();
  return after(docs.getMany({ trans, keys: keys.map(docOfKey) }), (found) => {
    const docOf = new Map(keys.flatMap((k, i) => ((found[i] as SearchDocRow | undefined)?.doc === undefined ? [] : [[k, (found[i] as SearchDocRow).doc!] as const])));
    const fresh = keys.some((k) => stored.has(k) && !docOf.has(k));
    return after(fresh ? nextDoc(docs, trans) : 0, (first) => {
      let next = first;
      const added: SearchDocRow[] = [];
      const gone: string[] = [];
      const delta: PostingDelta = new Map();
      for (const key of keys) {
        let doc = docOf.get(key);
        const entry = old.get(key);
        // An entry without a doc was written around the index: none of its pairs are there yet.
        const had = doc !== undefined && entry ? entryGrams(entry) : NONE;
        const now = stored.get(key);
        if (now && doc === undefined) added.push(...numbered(key, (doc = next++)));
        if (doc === undefined) continue;
        if (!now) gone.push(docOfKey(key), keyOfDoc(doc));
        addDocChange(delta, doc, had, now ? entryGrams(now) : NONE);
      }
      if (added.length) added.push({ id: NEXT_DOC, doc: next });
      return after(added.length ? docs.mutate({ type: 'put', trans, values: added }) : undefined, () =>
        after(gone.length ? docs.mutate({ type: 'delete', trans, keys: gone }) : undefined, () => writePostings(postings, trans, delta)),
      );
    });
  });
}

function mutateIndexed(entries: DBCoreTable, index: IndexTables, req: DBCoreMutateRequest): PromiseLike<DBCoreMutateResponse> {
  if (req.type === 'deleteRange' && req.range.type === RANGE_ANY) {
    const { trans, range } = req;
    return after(entries.mutate(req), (res) =>
      after(index.docs.mutate({ type: 'deleteRange', trans, range }), () => after(index.postings.mutate({ type: 'deleteRange', trans, range }), () => res)),
    );
  }
  return after(entriesInRange(entries, req), (before) => after(entries.mutate(req), (res) => after(reindex(index, req, before, res), () => res)));
}

/** The middleware for `db.use`: read-write transactions on `entries` also take in the search index's tables. */
export function searchIndexMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ledger-search-index',
    // Like the tallies' (1.5): below Dexie's hooks, above observability, so live queries see the index change.
    level: 1.6,
    create(down: DBCore) {
      const queues = new WeakMap<DBCoreTransaction, PromiseLike<unknown>>();
      return {
        ...down,
        transaction: (stores, mode, options) => down.transaction(withCompanions(down, COMPANIONS, stores, mode), mode, options),
        table(name) {
          const table = down.table(name);
          if (name !== ENTRIES || !COMPANIONS.every((c) => hasTable(down, c))) return table;
          const index = { docs: down.table(SEARCH_DOCS), postings: down.table(SEARCH_POSTINGS) };
          return { ...table, mutate: (req) => inTurn(queues, req.trans, () => mutateIndexed(table, index, req)) };
        },
      };
    },
  };
}
