import Dexie from 'dexie';
import type { LedgerDb } from './db';
import { AWAITING_REPLY, OPEN_STATUSES, type LedgerEntry, type Status } from './types';

// Every query here goes through an index: the badge and the popup must stay
// fast however large the ledger grows.

/**
 * Open entries, soonest due first: the first `limit` of each status through
 * the [status+dueAt] index, merged. Entries without a due time come last.
 */
export async function openEntries(db: LedgerDb, limit = 200): Promise<LedgerEntry[]> {
  const perStatus = await Promise.all(
    OPEN_STATUSES.map((s) => db.entries.where('[status+dueAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).limit(limit).toArray()),
  );
  const dated = perStatus.flat().sort((a, b) => a.dueAt!.localeCompare(b.dueAt!));
  if (dated.length >= limit) return dated.slice(0, limit);
  // Rare (imported entries): no due time, so not in the compound index.
  const undated = await db.entries.where('status').anyOf(OPEN_STATUSES as Status[]).filter((e) => !e.dueAt).limit(limit - dated.length).toArray();
  return [...dated, ...undated];
}

export async function countAwaitingReply(db: LedgerDb): Promise<number> {
  return db.entries.where('status').anyOf(AWAITING_REPLY as Status[]).count();
}

/** Awaiting-reply entries whose due time is before `untilIso` (ISO, +08:00). */
export async function awaitingDueBefore(db: LedgerDb, untilIso: string, limit = 50): Promise<LedgerEntry[]> {
  const ranges = AWAITING_REPLY.map((s) => [[s, Dexie.minKey], [s, untilIso]] as const);
  const found: LedgerEntry[] = [];
  for (const [lo, hi] of ranges) {
    found.push(...(await db.entries.where('[status+dueAt]').between(lo, hi, true, false).limit(limit).toArray()));
  }
  return found.sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '')).slice(0, limit);
}

/** The statuses of the given keys that are in the ledger. */
export async function statesOf(db: LedgerDb, keys: string[]): Promise<Record<string, Status>> {
  const rows = await db.entries.bulkGet(keys);
  const out: Record<string, Status> = {};
  for (const row of rows) if (row) out[row.key] = row.status;
  return out;
}

/** Ledger entries of one thread. */
export function threadEntries(db: LedgerDb, site: string, tid: string): Promise<LedgerEntry[]> {
  return db.entries.where('[site+tid]').equals([site, tid]).toArray();
}
