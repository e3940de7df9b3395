// Keeps the `tallies` table equal to the ledger for every writer: each write to `entries`
// (add, put, modify, delete, clear) updates the tallies in the same transaction, so a
// rolled-back write leaves them unchanged too.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { addContributions, applyDelta, TALLIES_READY, type Contributor, type TallyDelta, type TallyRow } from './tally-cells';
import { after, ENTRIES, entriesInRange, hasTable, inTurn, withCompanions } from './entries-companion';
import type { LedgerEntry } from './types';

export const TALLIES = 'tallies';
/** DBCoreRangeType.Any: every key (what `clear()` deletes). */
const RANGE_ANY = 3;

function writeDelta(tallies: DBCoreTable, trans: DBCoreTransaction, delta: TallyDelta): PromiseLike<unknown> {
  if (delta.size === 0) return Dexie.Promise.resolve();
  return after(tallies.getMany({ trans, keys: [...delta.keys()] }), (rows) => {
    const current = new Map((rows as (TallyRow | undefined)[]).flatMap((r) => (r ? [[r.id, r] as const] : [])));
    const next = applyDelta(delta, current);
    const puts = [...next.values()].filter((r): r is TallyRow => r !== null);
    const deletes = [...next].filter(([, r]) => r === null).map(([id]) => id);
    const put: PromiseLike<unknown> = puts.length ? tallies.mutate({ type: 'put', trans, values: puts }) : Dexie.Promise.resolve();
    return after(put, () => (deletes.length ? tallies.mutate({ type: 'delete', trans, keys: deletes }) : undefined));
  });
}

/** The entries a put or add leaves as they were: the ones at the failed positions. */
function failedKeys(req: DBCoreMutateRequest, res: DBCoreMutateResponse): Set<string> {
  if (req.type !== 'add' && req.type !== 'put') return new Set();
  return new Set((req.values as LedgerEntry[]).filter((_, i) => i in res.failures).map((e) => e.key));
}

function deltaOf(contributors: readonly Contributor[], req: DBCoreMutateRequest, before: LedgerEntry[], res: DBCoreMutateResponse): TallyDelta {
  const delta: TallyDelta = new Map();
  const unchanged = failedKeys(req, res);
  for (const e of before) if (!unchanged.has(e.key)) addContributions(delta, contributors, e, -1);
  if (req.type === 'add' || req.type === 'put') {
    const written = (req.values as LedgerEntry[]).filter((_, i) => !(i in res.failures));
    // The same key written twice in one request: the last value is the one stored.
    for (const e of new Map(written.map((w) => [w.key, w])).values()) addContributions(delta, contributors, e, 1);
  }
  return delta;
}

function mutateWithTallies(
  entries: DBCoreTable,
  tallies: DBCoreTable,
  contributors: readonly Contributor[],
  req: DBCoreMutateRequest,
): PromiseLike<DBCoreMutateResponse> {
  if (req.type === 'deleteRange' && req.range.type === RANGE_ANY) {
    return after(entries.mutate(req), (res) =>
      // An empty ledger has no counters: the tallies stay exact, and say so.
      after(tallies.mutate({ type: 'deleteRange', trans: req.trans, range: req.range }), () =>
        after(tallies.mutate({ type: 'put', trans: req.trans, values: [{ id: TALLIES_READY, counts: {} }] }), () => res),
      ),
    );
  }
  return after(entriesInRange(entries, req), (before) =>
    after(entries.mutate(req), (res) => after(writeDelta(tallies, req.trans, deltaOf(contributors, req, before, res)), () => res)),
  );
}

/** The middleware for `db.use`: read-write transactions on `entries` also take in `tallies`. */
export function tallyMiddleware(contributors: readonly Contributor[]): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ledger-tallies',
    // Below Dexie's hooks (2), which need the transaction's zone that our queue does not keep;
    // above observability (0), so live queries see the tallies change.
    level: 1.5,
    create(down: DBCore) {
      // Writes to entries in one transaction run one after another, so that two of them
      // never read the same tally row before either has written it.
      const queues = new WeakMap<DBCoreTransaction, PromiseLike<unknown>>();
      return {
        ...down,
        transaction: (stores, mode, options) => down.transaction(withCompanions(down, [TALLIES], stores, mode), mode, options),
        table(name) {
          const table = down.table(name);
          // An upgrade from before the tallies existed runs its steps without them; they are built afterwards.
          if (name !== ENTRIES || !hasTable(down, TALLIES)) return table;
          const tallies = down.table(TALLIES);
          return {
            ...table,
            mutate: (req) => inTurn(queues, req.trans, () => mutateWithTallies(table, tallies, contributors, req)),
          };
        },
      };
    },
  };
}
