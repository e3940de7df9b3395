import type { LedgerDb } from '@/utils/ledger/db';
import type { LedgerEntry, LedgerEvent } from '@/utils/ledger/types';
import { allEntries } from '@/utils/ledger/ledger-query';
import type { Progress } from './use-job';

/** Every entry (oldest capture first) and every event, with progress over the entries. */
export async function readLedger(db: LedgerDb, progress: Progress): Promise<{ entries: LedgerEntry[]; events: LedgerEvent[] }> {
  const entries = await allEntries(db, { onProgress: progress });
  const events = await db.events.toArray();
  return { entries, events };
}
