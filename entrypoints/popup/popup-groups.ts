import { groupByDue, type DueGroups } from '@/utils/ledger/due-groups';
import { AWAITING_REPLY, type LedgerEntry } from '@/utils/ledger/types';

export interface PopupGroups extends DueGroups {
  /** Replied entries still followed up: no longer due, so kept out of 今日到期 like on the badge. */
  following: LedgerEntry[];
}

/** The popup's groups: the entries waiting for a reply by due day, then the replied ones. */
export function popupGroups(entries: readonly LedgerEntry[], now: Date): PopupGroups {
  const waiting = entries.filter((e) => AWAITING_REPLY.includes(e.status));
  const following = entries.filter((e) => !AWAITING_REPLY.includes(e.status));
  return { ...groupByDue(waiting, now), following };
}
