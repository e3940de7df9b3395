import type { StaffMember } from './types';

/** What identifies the author of a post (or a post seen on a page). */
export interface PostAuthor {
  site: string;
  author: string;
  /** The author as the page shows it, where `author` may leave a label out for display. */
  authorShown?: string;
  authorUid: string | null;
}

/** `127.0.0.1:*` stands for that host on any port (the demo forum and tests use many). */
const ANY_PORT = ':*';

/**
 * Whether an account registered for `accountSite` speaks for posts on `site`.
 * Only its own site: a uid or a name means nothing on another forum.
 */
export function accountCoversSite(accountSite: string, site: string): boolean {
  if (accountSite === site) return true;
  if (!accountSite.endsWith(ANY_PORT)) return false;
  return site.replace(/:\d+$/, '') === accountSite.slice(0, -ANY_PORT.length);
}

/**
 * The registered staff member behind a post, if any. A uid match wins over a
 * name match; a name counts only for accounts registered without a uid (or
 * on sites that show none) and must be exactly what the page shows: a netizen
 * called 建设路老王 is not 岱山建设, nor is one whose name reads 网友：岱山建设.
 */
export function findStaff(staff: StaffMember[], post: PostAuthor): StaffMember | null {
  const accounts = staff.flatMap((member) => member.accounts.filter((a) => accountCoversSite(a.site, post.site)).map((account) => ({ member, account })));
  const uid = post.authorUid;
  if (uid) {
    const byUid = accounts.find(({ account }) => account.uid === uid);
    if (byUid) return byUid.member;
  }
  const name = (post.authorShown ?? post.author).trim();
  return accounts.find(({ account }) => (!account.uid || !uid) && account.name === name)?.member ?? null;
}
