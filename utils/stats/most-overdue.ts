// The most overdue entries, as `overdueCollector` orders them (most hours overdue first, ties
// in key order): each awaiting status's [status+dueAt] walk is read in chunks and the walks
// merged, so that about as many records are read as are listed.
import Dexie from 'dexie';
import type { LedgerDb } from '../ledger/db';
import { AWAITING_REPLY, type LedgerEntry, type Status } from '../ledger/types';
import { toShanghaiISO } from '../time/shanghai';
import type { OverdueItem } from './collectors';
import { settledVerdict } from './stats-cells';
import { DAY_MS, HOUR_MS } from '../time/units';
import { MAX_CHUNK } from '../ledger/first-rows';

/** Margin around the current time for due times read through the index as text. */
export const DUE_MARGIN_MS = DAY_MS;
const FIRST_CHUNK = 64;

interface Walk {
  status: Status;
  read: number;
  size: number;
  done: boolean;
  /** Overdue entries read and not yet taken, in the walk's order. */
  waiting: LedgerEntry[];
}

const before = (a: LedgerEntry, b: LedgerEntry) => {
  const d = Date.parse(a.dueAt!) - Date.parse(b.dueAt!);
  return d < 0 || (d === 0 && a.key < b.key);
};

export async function mostOverdue(db: LedgerDb, nowMs: number, limit: number): Promise<OverdueItem[]> {
  const upper = toShanghaiISO(nowMs + DUE_MARGIN_MS);
  const overdue = (e: LedgerEntry) => settledVerdict(e) === 'wait' && Date.parse(e.dueAt!) < nowMs;
  const walks: Walk[] = AWAITING_REPLY.map((status) => ({ status, read: 0, size: FIRST_CHUNK, done: false, waiting: [] }));
  const refill = async (w: Walk) => {
    while (!w.done && !w.waiting.length) {
      const rows = await db.entries.where('[status+dueAt]').between([w.status, Dexie.minKey], [w.status, upper]).offset(w.read).limit(w.size).toArray();
      w.read += rows.length;
      w.done = rows.length < w.size;
      w.size = Math.min(w.size * 2, MAX_CHUNK);
      w.waiting = rows.filter(overdue);
    }
  };
  const out: OverdueItem[] = [];
  while (out.length < limit) {
    await Promise.all(walks.map(refill));
    let next: Walk | null = null;
    for (const w of walks) if (w.waiting.length && (!next || before(w.waiting[0]!, next.waiting[0]!))) next = w;
    if (!next) break;
    const entry = next.waiting.shift()!;
    out.push({ entry, overdueHours: (nowMs - Date.parse(entry.dueAt!)) / HOUR_MS });
  }
  return out;
}
