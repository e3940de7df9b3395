// Builds the tallies from the whole ledger: after a schema upgrade, or when entries were
// written around the middleware (the ready mark is then missing).
import type { LedgerDb } from './db';
import { entriesInChunks, type ScanOptions } from './ledger-query';
import { addContributions, applyDelta, TALLIES_READY, type TallyDelta, type TallyRow } from './tally-cells';
import { LEDGER_CONTRIBUTORS } from './tally-contributors';

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
