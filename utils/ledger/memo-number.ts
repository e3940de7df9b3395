import type { LedgerDb } from './db';
import { toWall } from '../time/shanghai';

// 网络舆情抄告单 serial numbers: `<year>-<sequence>`, e.g. `2026-007`, counted per Shanghai year.

const MEMO_NO = /^(\d{4})-(\d{3,})$/;

export function formatMemoNo(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(3, '0')}`;
}

export function parseMemoNo(memoNo: string): { year: number; sequence: number } | null {
  const m = MEMO_NO.exec(memoNo);
  return m ? { year: Number(m[1]), sequence: Number(m[2]) } : null;
}

/**
 * The next free number of the year `at` falls in. Reads the memo-number index only, so it stays
 * cheap however large the ledger is; call it inside the transaction that stores the number.
 */
export async function nextMemoNo(db: LedgerDb, at: Date): Promise<string> {
  const year = toWall(at).year;
  const taken = await db.entries
    .where('escalation.memoNo')
    .between(`${year}-`, `${year}-\uffff`)
    .keys();
  const highest = taken.reduce<number>((max, key) => Math.max(max, parseMemoNo(String(key))?.sequence ?? 0), 0);
  return formatMemoNo(year, highest + 1);
}
