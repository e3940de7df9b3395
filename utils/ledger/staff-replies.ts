import type { SeenPost } from '../messages';
import type { StaffMember } from '../settings/types';
import { findStaff } from '../settings/staff';
import type { ReceptionClass, ReceptionClassifier } from '../reception/classify';
import type { LedgerEntry } from './types';
import { AWAITING_REPLY } from './types';
import { compareInThread, type PostPlace } from './thread-order';

export type ThreadChange =
  | { kind: 'replied'; key: string; post: SeenPost; staff: StaffMember }
  | { kind: 'reception'; key: string; post: SeenPost; reception: ReceptionClass };

/** The later of the staff reply and the last netizen post already classified. */
function lastHandled(entry: LedgerEntry, posts: SeenPost[]): PostPlace | null {
  const reply = entry.reply?.pid ? { pid: entry.reply.pid, order: entry.reply.order, postedAt: entry.reply.at } : null;
  const seen = entry.reception ? { pid: entry.reception.lastPid, order: entry.reception.lastOrder, postedAt: entry.reception.lastAt } : null;
  if (!reply || !seen) return reply ?? seen;
  return compareInThread(seen, reply, posts) > 0 ? seen : reply;
}

const byOriginalPoster = (entry: LedgerEntry, post: SeenPost) =>
  entry.authorUid && post.authorUid ? entry.authorUid === post.authorUid : entry.author === post.author;

/**
 * The next change the posts seen on a thread page make to one entry: a staff
 * post later than an entry awaiting reply marks it replied; each netizen post
 * later than the staff reply (and than the posts classified before) is
 * classified by `classify`. Applied one at a time, since each can change what
 * the next one means (a 追问 reopens the entry; a new staff post answers it).
 */
export function nextThreadChange(entry: LedgerEntry, posts: SeenPost[], staff: StaffMember[], classify: ReceptionClassifier): ThreadChange | null {
  if (AWAITING_REPLY.includes(entry.status)) {
    // Answered before and reopened by a 追问: only a staff post after that counts.
    const since = lastHandled(entry, posts) ?? entry;
    for (const post of posts) {
      const member = compareInThread(post, since, posts) > 0 ? findStaff(staff, post) : null;
      if (member) return { kind: 'replied', key: entry.key, post, staff: member };
    }
    return null;
  }
  if (entry.status !== 'replied' && entry.status !== 'follow_up') return null;
  const since = entry.reply?.pid ? lastHandled(entry, posts) : null;
  if (!since) return null;
  const post = posts.find((p) => compareInThread(p, since, posts) > 0 && !findStaff(staff, p));
  if (!post) return null;
  const staffPids = new Set(posts.filter((p) => findStaff(staff, p)).map((p) => p.pid));
  const quotesReply = !!post.quotedPid && (post.quotedPid === entry.reply?.pid || staffPids.has(post.quotedPid));
  const reception = classify(post.text ?? '', { byOriginalPoster: byOriginalPoster(entry, post), quotesReply });
  return { kind: 'reception', key: entry.key, post, reception };
}
