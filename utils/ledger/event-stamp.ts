import Dexie from 'dexie';
import type { LedgerDb } from './db';
import type { LedgerEvent } from './types';

/**
 * The event as it is stored: a fresh uid, seq = 1 + the highest seq among the entry's events in
 * this ledger (a Lamport counter per entry), and this device. Call inside the write's transaction.
 */
export async function stampedEvent(db: LedgerDb, event: Omit<LedgerEvent, 'uid' | 'seq' | 'device'>, device: string): Promise<LedgerEvent> {
  const last = await db.events.where('[key+seq]').between([event.key, Dexie.minKey], [event.key, Dexie.maxKey]).last();
  return { ...event, uid: crypto.randomUUID(), seq: (last?.seq ?? 0) + 1, device };
}
