import { groupByDue, type DueGroups } from '@/utils/ledger/due-groups';
import { byLevel } from '@/utils/ledger/entry-level';
import { AWAITING_REPLY, type LedgerEntry } from '@/utils/ledger/types';

export interface PopupGroups extends DueGroups {
  /** Replied entries still followed up: no longer due, so kept out of 今日到期 like on the badge. */
  following: LedgerEntry[];
}

/** 紧急 first, then 关注, then the rest; the sort is stable, so each level keeps the deadline order it came in. */
const levelFirst = (entries: LedgerEntry[]) => entries.sort(byLevel);

/** The popup's groups: the entries waiting for a reply by due day, then the replied ones; within each, by level. */
export function popupGroups(entries: readonly LedgerEntry[], now: Date): PopupGroups {
  const waiting = entries.filter((e) => AWAITING_REPLY.includes(e.status));
  const following = entries.filter((e) => !AWAITING_REPLY.includes(e.status));
  const groups = groupByDue(waiting, now);
  return { overdue: levelFirst(groups.overdue), today: levelFirst(groups.today), other: levelFirst(groups.other), following: levelFirst(following) };
}
