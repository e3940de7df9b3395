import type { LedgerDb } from './db';
import { AWAITING_REPLY, OPEN_STATUSES, type LedgerEntry } from './types';
import { byLevel } from './entry-level';

const listOrder = (a: LedgerEntry, b: LedgerEntry) => byLevel(a, b) || (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff');

/**
 * A department's open entries (分派给我), through the department index: those waiting for a reply
 * first, then the replied ones still followed up; each 紧急 first, then 关注, then the rest, soonest due first.
 */
export async function departmentOpenEntries(db: LedgerDb, department: string, limit = 100): Promise<LedgerEntry[]> {
  const open = await db.entries.where('department').equals(department).filter((e) => OPEN_STATUSES.includes(e.status)).toArray();
  const waiting = open.filter((e) => AWAITING_REPLY.includes(e.status)).sort(listOrder);
  const following = open.filter((e) => !AWAITING_REPLY.includes(e.status)).sort(listOrder);
  return [...waiting, ...following].slice(0, limit);
}
