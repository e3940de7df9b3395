// What the middlewares that keep a table beside `entries` (tallies, search index) share.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import type { LedgerEntry } from './types';

export const ENTRIES = 'entries';

// Every step chains on Dexie's own promise, which keeps the transaction's zone that the
// layers below (cache, observability) read; a native await would lose it.
export const after = <T, R>(p: PromiseLike<T> | T, next: (value: T) => R | PromiseLike<R>): Promise<R> => Dexie.Promise.resolve(p).then(next);

export const hasTable = (down: DBCore, name: string) => down.schema.tables.some((t) => t.name === name);

/** The stores of a transaction, with the companions added to a read-write one on `entries` (when the schema has them). */
export function withCompanions(down: DBCore, companions: readonly string[], stores: string[], mode: IDBTransactionMode): string[] {
  const missing = companions.filter((c) => !stores.includes(c));
  const widen = mode === 'readwrite' && stores.includes(ENTRIES) && missing.length > 0 && companions.every((c) => hasTable(down, c));
  return widen ? [...stores, ...missing] : stores;
}

/**
 * Runs `run` after the earlier writes of the same transaction through the same middleware,
 * so that two of them never read the same companion rows before either has written them.
 */
export function inTurn<T>(queues: WeakMap<DBCoreTransaction, PromiseLike<unknown>>, trans: DBCoreTransaction, run: () => PromiseLike<T>): Promise<T> {
  const done = Dexie.Promise.resolve(queues.get(trans)).then(run, run);
  queues.set(trans, done.then(undefined, () => undefined));
  return done;
}

/**
 * What the first middleware to ask found for a write: the request goes down to the next one
 * unchanged and before any of it is written, so the tallies' layer under the search index's
 * takes the same entries without reading them again.
 */
const readBefore = new WeakMap<DBCoreMutateRequest, PromiseLike<LedgerEntry[]>>();

/** The stored entries a write will replace or delete (none for an add). */
export function entriesInRange(table: DBCoreTable, req: DBCoreMutateRequest): PromiseLike<LedgerEntry[]> {
  let found = readBefore.get(req);
  if (!found) readBefore.set(req, (found = readEntriesInRange(table, req)));
  return found;
}

function readEntriesInRange(table: DBCoreTable, req: DBCoreMutateRequest): PromiseLike<LedgerEntry[]> {
  if (req.type === 'add') return Dexie.Promise.resolve([]);
  if (req.type === 'deleteRange') {
    const query = table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
    return after(query, (res) => res.result as LedgerEntry[]);
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: unknown) => table.schema.primaryKey.extractKey!(v)));
  return after(table.getMany({ trans: req.trans, keys }), (found) => (found as (LedgerEntry | undefined)[]).filter((e): e is LedgerEntry => e !== undefined));
}
