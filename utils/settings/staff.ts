import type { StaffMember } from './types';

/**
 * The registered staff member behind a post, if any. A uid match wins; a name
 * match counts only for accounts registered without a uid and must be exact
 * (a netizen called 建设路老王 is not 岱山建设).
 */
export function findStaff(staff: StaffMember[], site: string, author: string, uid: string | null): StaffMember | null {
  for (const member of staff) {
    for (const account of member.accounts) {
      if (account.site !== '*' && account.site !== site) continue;
      if (account.uid && uid) {
        if (account.uid === uid) return member;
      } else if (account.name === author.trim()) {
        return member;
      }
    }
  }
  return null;
}
