// The settings the office publishes as `settings:office` and members receive. Personal ones stay
// on each PC: who the user is (`user` and their own forum accounts), the badge, reminder times.
import { repairSettings } from '../settings/repair';
import { SELF_STAFF_ID } from '../settings/identity';
import type { Settings } from '../settings/types';

export const SHARED_SECTIONS = ['topics', 'staff', 'sites', 'templates', 'officialese', 'reception', 'calendar', 'sla', 'workingHours', 'warning'] as const;
export type SharedSettings = Pick<Settings, (typeof SHARED_SECTIONS)[number]>;

export const OFFICE_SETTINGS_ID = 'settings:office';

export function sharedSettings(settings: Settings): SharedSettings {
  const shared = Object.fromEntries(SHARED_SECTIONS.map((section) => [section, settings[section]])) as SharedSettings;
  return { ...shared, staff: settings.staff.filter((m) => m.id !== SELF_STAFF_ID) };
}

/**
 * The local settings with the office's sections taken in; a section the document holds damaged
 * keeps the local one. The user's own staff entry (their forum accounts) is kept.
 */
export function withSharedSettings(local: Settings, published: Record<string, unknown>): Settings {
  const incoming: Record<string, unknown> = { ...local };
  for (const section of SHARED_SECTIONS) {
    if (published[section] === undefined) continue;
    const checked = repairSettings({ ...local, [section]: published[section] });
    if (!checked.problems.length) incoming[section] = checked.settings[section];
  }
  const own = local.staff.filter((m) => m.id === SELF_STAFF_ID);
  const staff = [...(incoming.staff as Settings['staff']).filter((m) => m.id !== SELF_STAFF_ID), ...own];
  return { ...(incoming as unknown as Settings), staff };
}
