// Whether a pulled change is news for this user: someone on another PC assigned the entry to the
// user's department.
import type { EntryVersion } from '../ledger/merge-entry';

const DEPT_ROLE = 'fw-dept:';

/** The user's departments: the one in their settings and those of their session's `fw-dept:` roles. */
export function userDepartments(settingsDepartment: string, roles: readonly string[]): string[] {
  const fromRoles = roles.filter((r) => r.startsWith(DEPT_ROLE)).map((r) => r.slice(DEPT_ROLE.length));
  return [...new Set([settingsDepartment.trim(), ...fromRoles].filter(Boolean))];
}

/** True when the pulled history adds an assignment from another device and the entry now is with one of `departments`. */
export function assignedToUs(merged: EntryVersion, knownUids: ReadonlySet<string>, departments: readonly string[], device: string): boolean {
  const department = merged.entry.department;
  if (department === null || !departments.includes(department)) return false;
  return merged.events.some((e) => e.type === 'assign' && !knownUids.has(e.uid) && e.device !== device);
}
