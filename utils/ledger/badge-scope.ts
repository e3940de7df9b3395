import type { LedgerDb } from './db';
import { AWAITING_REPLY, type LedgerEntry, type Status } from './types';
import { awaitingDueBefore, countAwaitingReply } from './queries';
import type { BadgeScope } from '../settings/types';

/** Who "mine" and "department" mean; `department` null when neither the settings nor the session name one. */
export interface BadgeViewer {
  actor: string;
  department: string | null;
}

export interface BadgeCounts {
  awaiting: number;
  overdue: boolean;
  dueSoon: boolean;
}

const awaiting = (e: LedgerEntry) => AWAITING_REPLY.includes(e.status);
/** Same as the awaiting-reply queries: a paused entry's clock does not run. */
const dueBefore = (e: LedgerEntry, iso: string) => !e.pausedAt && e.dueAt !== null && e.dueAt < iso;

/** Entries awaiting a reply with an event by `actor` (captured, assigned, replied…): their events only, never the whole history. */
async function actedOn(db: LedgerDb, actor: string): Promise<LedgerEntry[]> {
  const open = await db.entries.where('status').anyOf(AWAITING_REPLY as Status[]).toArray();
  if (open.length === 0) return [];
  const mine = new Set<string>();
  await db.events.where('key').anyOf(open.map((e) => e.key)).each((event) => {
    if (event.actor === actor) mine.add(event.key);
  });
  return open.filter((e) => mine.has(e.key));
}

function scopedEntries(db: LedgerDb, scope: Exclude<BadgeScope, 'office'>, viewer: BadgeViewer): Promise<LedgerEntry[]> {
  return scope === 'mine' ? actedOn(db, viewer.actor) : db.entries.where('department').equals(viewer.department!).toArray();
}

/**
 * What the badge shows for a scope. 'office' counts every entry awaiting a reply through the status
 * indexes; 'department' without a known department falls back to it, so the badge never hides work
 * because the user has not said where they work.
 */
export async function badgeCounts(db: LedgerDb, scope: BadgeScope, viewer: BadgeViewer, nowIso: string, soonIso: string): Promise<BadgeCounts> {
  if (scope === 'office' || (scope === 'department' && !viewer.department)) {
    const count = await countAwaitingReply(db);
    const overdue = count > 0 && (await awaitingDueBefore(db, nowIso, 1)).length > 0;
    const dueSoon = count > 0 && !overdue && (await awaitingDueBefore(db, soonIso, 1)).length > 0;
    return { awaiting: count, overdue, dueSoon };
  }
  const open = (await scopedEntries(db, scope, viewer)).filter(awaiting);
  const overdue = open.some((e) => dueBefore(e, nowIso));
  return { awaiting: open.length, overdue, dueSoon: !overdue && open.some((e) => dueBefore(e, soonIso)) };
}
