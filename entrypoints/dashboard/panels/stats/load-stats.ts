import type { LedgerDb } from '@/utils/ledger/db';
import { entriesInChunks, type ScanOptions } from '@/utils/ledger/ledger-query';
import { ledgerStatsAccumulator, type LedgerStats, type StatsOptions } from '@/utils/stats/ledger-stats';
import { talliedStats } from '@/utils/stats/tallied-stats';

/**
 * Statistics from the tallies; without them (not built yet), over the whole ledger, read in
 * chunks so that a large ledger shows progress and is never held in memory at once.
 */
export async function loadStats(db: LedgerDb, options: StatsOptions, scan: ScanOptions = {}): Promise<LedgerStats> {
  const tallied = await talliedStats(db, options);
  if (tallied) return tallied;
  const acc = ledgerStatsAccumulator(options);
  const keys = await db.entries.toCollection().primaryKeys();
  for await (const chunk of entriesInChunks(db, keys, scan)) acc.add(chunk);
  return acc.result();
}
