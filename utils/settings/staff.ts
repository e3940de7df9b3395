import type { StaffMember } from './types';

/**
 * The registered staff member behind a post, if any. A uid match anywhere
 * wins over a name match; a name counts only for accounts registered without
 * a uid (or posts showing none) and must be exact: a netizen called 建设路老王
 * is not 岱山建设.
 */
export function findStaff(staff: StaffMember[], site: string, author: string, uid: string | null): StaffMember | null {
  const accounts = staff.flatMap((member) => member.accounts.filter((a) => a.site === '*' || a.site === site).map((account) => ({ member, account })));
  if (uid) {
    const byUid = accounts.find(({ account }) => account.uid === uid);
    if (byUid) return byUid.member;
  }
  const name = author.trim();
  return accounts.find(({ account }) => (!account.uid || !uid) && account.name === name)?.member ?? null;
}
