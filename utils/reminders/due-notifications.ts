import type { LedgerEntry } from '../ledger/types';
import { AWAITING_REPLY } from '../ledger/types';

export type NoticeKind = 'lead' | 'overdue';

/** Per entry and deadline (`noticeId`): which notices were shown, and whether the user silenced them. */
export type NoticeLog = Record<string, { lead?: boolean; overdue?: boolean; ack?: boolean }>;

/** A new deadline (escalation, resumed clock, follow-up) gets its own notices. */
export const noticeId = (entry: { key: string; dueAt: string | null }) => `${entry.key}|${entry.dueAt ?? ''}`;

export interface DueNotice {
  key: string;
  kind: NoticeKind;
  entry: LedgerEntry;
}

/** Notices that are due now: `leadMinutes` before the deadline, and once on becoming overdue. Silenced entries get none. */
export function dueNotices(entries: LedgerEntry[], now: Date, leadMinutes: number, log: NoticeLog): DueNotice[] {
  const out: DueNotice[] = [];
  for (const entry of entries) {
    if (!entry.dueAt || !AWAITING_REPLY.includes(entry.status) || entry.pausedAt) continue;
    const seen = log[noticeId(entry)] ?? {};
    if (seen.ack) continue;
    const left = Date.parse(entry.dueAt) - now.getTime();
    if (left <= 0) {
      if (!seen.overdue) out.push({ key: entry.key, kind: 'overdue', entry });
    } else if (left <= leadMinutes * 60_000 && !seen.lead) {
      out.push({ key: entry.key, kind: 'lead', entry });
    }
  }
  return out;
}

export function recordNotices(log: NoticeLog, notices: DueNotice[]): NoticeLog {
  const next = { ...log };
  for (const n of notices) {
    const id = noticeId(n.entry);
    next[id] = { ...next[id], [n.kind]: true };
  }
  return next;
}
