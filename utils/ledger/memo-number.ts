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

/** The history note recorded when a merge gives an entry's 抄告单 another number. */
export const renumberNote = (old: string, next: string): string => `抄告单编号 ${old} 与另一条记录重复，改为 ${next}`;

const RENUMBER_NOTE = /^抄告单编号 (\S+) 与另一条记录重复，改为 (\S+)$/;

/** The number `memoNo` was changed to by this note, or null when the note is not about it. */
export function renumberedTo(note: string | undefined, memoNo: string): string | null {
  const m = note ? RENUMBER_NOTE.exec(note) : null;
  return m && m[1] === memoNo ? m[2]! : null;
}
