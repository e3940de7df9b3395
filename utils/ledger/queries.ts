import Dexie from 'dexie';
import type { LedgerDb } from './db';
import { AWAITING_REPLY, OPEN_STATUSES, type LedgerEntry, type Status } from './types';

// Every query here goes through an index: the badge and the popup must stay
// fast however large the ledger grows.

/** Soonest due first, through the [status+dueAt] index, `limit` per status. */
async function dueOrdered(db: LedgerDb, statuses: readonly Status[], limit: number): Promise<LedgerEntry[]> {
  const perStatus = await Promise.all(
    statuses.map((s) => db.entries.where('[status+dueAt]').between([s, Dexie.minKey], [s, Dexie.maxKey]).limit(limit).toArray()),
  );
  return perStatus
    .flat()
    .sort((a, b) => (a.dueAt! < b.dueAt! ? -1 : a.dueAt! > b.dueAt! ? 1 : 0))
    .slice(0, limit);
}

/**
 * Open entries for the popup: those still waiting for a reply first (soonest
 * due first), then replied ones still followed up, so that a long tail of
 * replied-but-not-closed entries never pushes new work out of the list.
 * Entries without a due time (only from old imports) come after the dated ones.
 */
export async function openEntries(db: LedgerDb, limit = 200): Promise<LedgerEntry[]> {
  const waiting = await dueOrdered(db, AWAITING_REPLY, limit);
  const following = waiting.length < limit ? await dueOrdered(db, ['replied', 'follow_up'], limit - waiting.length) : [];
  const dated = [...waiting, ...following];
  if (dated.length >= limit) return dated;
  const undated = await db.entries.where('status').anyOf(OPEN_STATUSES as Status[]).filter((e) => !e.dueAt).limit(limit - dated.length).toArray();
  return [...dated, ...undated];
}

/** One native index count per status: `anyOf(...).count()` walks every entry with a cursor, and the badge runs this after each capture. */
export async function countAwaitingReply(db: LedgerDb): Promise<number> {
  const counts = await Promise.all(AWAITING_REPLY.map((s) => db.entries.where('status').equals(s).count()));
  return counts.reduce((sum, n) => sum + n, 0);
}

/**
 * Awaiting-reply entries whose clock runs (not paused) and whose due time is
 * in [`fromIso`, `untilIso`) (ISO, +08:00), soonest first.
 */
export async function awaitingDueBetween(db: LedgerDb, fromIso: string | null, untilIso: string, limit = 50): Promise<LedgerEntry[]> {
  const found = await Promise.all(
    AWAITING_REPLY.map((s) =>
      db.entries
        .where('[status+dueAt]')
        .between([s, fromIso ?? Dexie.minKey], [s, untilIso], true, false)
        .filter((e) => !e.pausedAt)
        .limit(limit)
        .toArray(),
    ),
  );
  return found
    .flat()
    .sort((a, b) => (a.dueAt! < b.dueAt! ? -1 : 1))
    .slice(0, limit);
}

/** Running awaiting-reply entries due before `untilIso`. */
export function awaitingDueBefore(db: LedgerDb, untilIso: string, limit = 50): Promise<LedgerEntry[]> {
  return awaitingDueBetween(db, null, untilIso, limit);
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
