import type { LedgerEntry } from './types';
import { AWAITING_REPLY } from './types';
import { dayKey } from '../time/shanghai';

export interface DueGroups {
  overdue: LedgerEntry[];
  today: LedgerEntry[];
  other: LedgerEntry[];
}

/** Splits open entries into 逾期 / 今日到期 / 其他 (Shanghai calendar day). */
export function groupByDue(entries: LedgerEntry[], now: Date): DueGroups {
  const groups: DueGroups = { overdue: [], today: [], other: [] };
  const today = dayKey(now);
  for (const entry of entries) {
    const due = entry.dueAt ? new Date(entry.dueAt) : null;
    // A paused clock (waiting for another department) is not overdue.
    const waiting = AWAITING_REPLY.includes(entry.status) && !entry.pausedAt;
    if (due && waiting && due.getTime() <= now.getTime()) groups.overdue.push(entry);
    else if (due && dayKey(due) === today) groups.today.push(entry);
    else groups.other.push(entry);
  }
  return groups;
}

/** Milliseconds split for a countdown: days, hours, minutes. */
export function splitDuration(ms: number): { days: number; hours: number; minutes: number } {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
