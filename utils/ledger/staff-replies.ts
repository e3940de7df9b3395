import type { SeenPost } from '../messages';
import type { StaffMember } from '../settings/types';
import { findStaff } from '../settings/staff';
import type { LedgerEntry } from './types';
import { AWAITING_REPLY } from './types';

export type ThreadChange =
  | { kind: 'replied'; key: string; post: SeenPost; staff: StaffMember }
  | { kind: 'followUp'; key: string; post: SeenPost };

/** Discuz post ids grow with time across the whole forum; fall back to the posted time. */
function isLater(post: SeenPost, than: { pid: string; postedAt: string | null }): boolean {
  const a = Number(post.pid);
  const b = Number(than.pid);
  if (Number.isFinite(a) && Number.isFinite(b)) return a > b;
  return !!post.postedAt && !!than.postedAt && Date.parse(post.postedAt) > Date.parse(than.postedAt);
}

/**
 * What the posts seen on a thread page mean for the thread's ledger entries:
 * a staff post later than an entry awaiting reply marks it replied; a
 * netizen post later than the staff reply is a new follow-up.
 */
export function threadChanges(entries: LedgerEntry[], posts: SeenPost[], staff: StaffMember[]): ThreadChange[] {
  const changes: ThreadChange[] = [];
  for (const entry of entries) {
    if (AWAITING_REPLY.includes(entry.status)) {
      // Answered before and reopened by a follow-up: only a staff post after that answer counts.
      const since = entry.reply?.pid ? { pid: entry.reply.pid, postedAt: entry.reply.at } : entry;
      const reply = posts.flatMap((post) => {
        const member = isLater(post, since) ? findStaff(staff, post) : null;
        return member ? [{ post, member }] : [];
      })[0];
      if (reply) changes.push({ kind: 'replied', key: entry.key, post: reply.post, staff: reply.member });
    } else if ((entry.status === 'replied' || entry.status === 'follow_up') && entry.reply?.pid && !entry.newFollowUp) {
      const replyRef = { pid: entry.reply.pid, postedAt: entry.reply.at };
      const followUp = posts.find((p) => isLater(p, replyRef) && !findStaff(staff, p));
      if (followUp) changes.push({ kind: 'followUp', key: entry.key, post: followUp });
    }
  }
  return changes;
}
