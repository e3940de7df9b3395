// Writes a validated backup or a colleague's ledger into the database, each in ONE
// transaction: if anything fails part-way, IndexedDB rolls back and nothing changes.
import type { LedgerDb } from './db';
import type { LedgerEntry, LedgerEvent } from './types';
import { mergeLedgers, type LedgerData, type MergeSummary } from '../transfer/merge';
import { deviceId } from './device-id';
import { parseMemoNo } from './memo-number';
import { announceLedgerChange, noteChange } from './outbox';

export type ImportProgress = (done: number, total: number) => void;

const CHUNK = 2000;

async function addInChunks<T>(rows: readonly T[], add: (chunk: T[]) => Promise<unknown>, tick: (n: number) => void): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await add(chunk);
    tick(chunk.length);
  }
}

function progressCounter(total: number, onProgress?: ImportProgress) {
  let done = 0;
  onProgress?.(0, total);
  return (n: number) => {
    done += n;
    onProgress?.(done, total);
  };
}

/** Replaces the whole ledger by the backup's entries and events (event ids are assigned anew). */
export async function restoreLedger(
  db: LedgerDb,
  data: { entries: readonly LedgerEntry[]; events: readonly Omit<LedgerEvent, 'id'>[] },
  onProgress?: ImportProgress,
): Promise<{ entries: number; events: number }> {
  const tick = progressCounter(data.entries.length + data.events.length, onProgress);
  await db.transaction('rw', db.entries, db.events, db.outbox, async () => {
    await db.entries.clear();
    await db.events.clear();
    await addInChunks(data.entries, (chunk) => db.entries.bulkAdd(chunk), tick);
    await addInChunks<LedgerEvent>(data.events, (chunk) => db.events.bulkAdd(chunk), tick);
    // The team's server merges the restored entries with what it holds.
    await db.outbox.clear();
    await db.outbox.bulkAdd(data.entries.map((e) => ({ key: e.key, version: 1, open: null, refused: null })));
  });
  announceLedgerChange();
  return { entries: data.entries.length, events: data.events.length };
}

/** Our 抄告单 numbers (number → entry key) in the years their escalations fall in, read from the memo-number index. */
async function memoHoldersFor(db: LedgerDb, theirs: readonly LedgerEntry[]): Promise<Map<string, string>> {
  const years = new Set(theirs.flatMap((e) => parseMemoNo(e.escalation?.memoNo ?? '')?.year ?? []));
  const holders = new Map<string, string>();
  for (const year of years) {
    await db.entries
      .where('escalation.memoNo')
      .between(`${year}-`, `${year}-\uffff`)
      .eachKey((memoNo, cursor) => holders.set(String(memoNo), String(cursor.primaryKey)));
  }
  return holders;
}

/**
 * Merges a colleague's ledger into ours (rules in `mergeLedgers`). Only our
 * entries and events that share a key with theirs take part, and our 抄告单
 * numbers of the years concerned, so a large ledger of ours is not read in full.
 */
export async function mergeIntoLedger(db: LedgerDb, theirs: LedgerData, onProgress?: ImportProgress): Promise<MergeSummary> {
  const keys = [...new Set([...theirs.entries.map((e) => e.key), ...theirs.events.map((e) => e.key)])];
  const device = await deviceId();
  const summary = await db.transaction('rw', db.entries, db.events, db.outbox, async () => {
    const found = await db.entries.bulkGet(keys);
    const ours: LedgerData = {
      entries: found.filter((e): e is LedgerEntry => e !== undefined),
      events: keys.length ? await db.events.where('key').anyOf(keys).toArray() : [],
    };
    const memoHolders = await memoHoldersFor(db, theirs.entries);
    const result = mergeLedgers(ours, theirs, { now: new Date(), device, memoHolders });
    const tick = progressCounter(result.changedEntries.length + result.addedEvents.length, onProgress);
    await addInChunks(result.changedEntries, (chunk) => db.entries.bulkPut(chunk), tick);
    await addInChunks(result.addedEvents, (chunk) => db.events.bulkAdd(chunk), tick);
    const touched = new Set([...result.changedEntries, ...result.addedEvents].map((row) => row.key));
    for (const key of touched) await noteChange(db, key, null);
    return result.summary;
  });
  announceLedgerChange();
  return summary;
}
