import type { Settings } from './types';

const DEPT_ROLE = 'fw-dept:';

/**
 * The user's department: the shared ledger's session role when connected (the server decides what
 * they may work on by it), else the department of the identity; null when neither names one.
 */
export function myDepartment(user: Settings['user'], roles: readonly string[] | null | undefined): string | null {
  const role = roles?.find((r) => r.startsWith(DEPT_ROLE));
  if (role) return role.slice(DEPT_ROLE.length);
  return user.department.trim() || null;
}
