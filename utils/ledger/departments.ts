import type { Settings } from '../settings/types';

/** Departments an entry can be assigned to: the staff list's, then the topics' own, without repeats. */
export function departmentChoices(settings: Pick<Settings, 'staff' | 'topics'>): string[] {
  const names = [...settings.staff.map((m) => m.department), ...settings.topics.map((t) => t.department)];
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}
