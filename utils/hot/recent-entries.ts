// The entries 热点 are looked for among: not closed, captured in the last HOT_LOOKBACK_DAYS days,
// read through the capture-time index (never the whole ledger).
import type { LedgerDb } from '../ledger/db';
import { OPEN_STATUSES, type LedgerEntry } from '../ledger/types';
import { toShanghaiISO } from '../time/shanghai';

export const HOT_LOOKBACK_DAYS = 14;

export function recentOpenEntries(db: LedgerDb, now: Date): Promise<LedgerEntry[]> {
  const since = toShanghaiISO(new Date(now.getTime() - HOT_LOOKBACK_DAYS * 86_400_000));
  return db.entries
    .where('capturedAt')
    .aboveOrEqual(since)
    .filter((e) => OPEN_STATUSES.includes(e.status))
    .toArray();
}
