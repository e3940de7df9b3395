// Entries changed here that the team's server has not confirmed yet. A row is written in the same
// transaction as the change; the sync hands rows to the server and removes a row only once the
// server confirmed the version it was handed (a change made meanwhile keeps the row).
import type { LedgerDb } from './db';
import type { EntryVersion } from './merge-entry';

export interface OutboxRow {
  key: string;
  /** Raised by every change, so a confirmation of an older version leaves the row. */
  version: number;
  /** The latest event written here while it was not yet handed to the sync: only it may still be rewritten. */
  open: string | null;
  /** The server's reason for refusing this version; not sent again until the entry changes. */
  refused: string | null;
}

export interface Handed {
  key: string;
  version: number;
  local: EntryVersion;
}

/**
 * Records a change of `key` (call inside the change's transaction); `openUid` is an event written
 * here. A change made here offers a refused entry again; one pulled from the server (`pulled`) does not.
 */
export async function noteChange(db: LedgerDb, key: string, openUid: string | null, pulled = false): Promise<void> {
  const row = await db.outbox.get(key);
  await db.outbox.put({
    key,
    version: (row?.version ?? 0) + 1,
    open: openUid ?? row?.open ?? null,
    refused: pulled ? (row?.refused ?? null) : null,
  });
}

/** Whether the event `uid` of `key` was never handed to the sync (call inside a transaction with the outbox). */
export async function isOpen(db: LedgerDb, key: string, uid: string): Promise<boolean> {
  return (await db.outbox.get(key))?.open === uid;
}

/** Puts every entry into the outbox: joining a server merges the whole local ledger with it. */
export async function noteAllEntries(db: LedgerDb): Promise<void> {
  await db.transaction('rw', db.entries, db.outbox, async () => {
    const held = new Set(await db.outbox.toCollection().primaryKeys());
    const keys = (await db.entries.toCollection().primaryKeys()).filter((key) => !held.has(key));
    await db.outbox.bulkPut(keys.map((key) => ({ key, version: 1, open: null, refused: null })));
  });
}

/**
 * Up to `limit` rows not refused, each with the entry and history to send. From now on their
 * events count as sent: a later edit adds an event instead of rewriting one.
 */
export async function handToSync(db: LedgerDb, limit: number, skip: ReadonlySet<string> = new Set()): Promise<Handed[]> {
  return db.transaction('rw', db.entries, db.events, db.outbox, async () => {
    const rows = await db.outbox.filter((row) => row.refused === null && !skip.has(row.key)).limit(limit).toArray();
    const keys = rows.map((row) => row.key);
    const entries = await db.entries.bulkGet(keys);
    const events = keys.length ? await db.events.where('key').anyOf(keys).toArray() : [];
    await db.outbox.bulkPut(rows.map((row) => ({ ...row, open: null })));
    const handed: Handed[] = [];
    rows.forEach((row, i) => {
      const entry = entries[i];
      if (entry) handed.push({ key: row.key, version: row.version, local: { entry, events: events.filter((e) => e.key === row.key) } });
    });
    const gone = rows.filter((_, i) => !entries[i]).map((row) => row.key);
    if (gone.length) await db.outbox.bulkDelete(gone);
    return handed;
  });
}

/** The server holds these versions: their rows go, unless the entry changed since it was handed. */
export async function confirmSynced(db: LedgerDb, synced: readonly Pick<Handed, 'key' | 'version'>[]): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const rows = await db.outbox.bulkGet(synced.map((s) => s.key));
    const done = rows.filter((row, i) => row && row.version === synced[i]!.version).map((row) => row!.key);
    await db.outbox.bulkDelete(done);
  });
}

/** The server refused this version for `reason`. */
export async function markRefused(db: LedgerDb, handed: Pick<Handed, 'key' | 'version'>, reason: string): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const row = await db.outbox.get(handed.key);
    if (row && row.version === handed.version) await db.outbox.put({ ...row, refused: reason });
  });
}

/** The reason a change still waiting was refused, if any was. */
export async function anyRefusal(db: LedgerDb): Promise<string | null> {
  return (await db.outbox.filter((row) => row.refused !== null).first())?.refused ?? null;
}

/** Offers refused rows again (after connecting anew, perhaps as someone else). */
export async function clearRefusals(db: LedgerDb): Promise<void> {
  await db.outbox.toCollection().modify((row) => {
    row.refused = null;
  });
}

export const LEDGER_CHANGES_CHANNEL = 'forumwatch-ledger-changes';

/** Tells the background (from any extension page, or the background itself) that the ledger changed. */
export function announceLedgerChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LEDGER_CHANGES_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}
