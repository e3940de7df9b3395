import type { Settings } from './types';
import { defaultSettings } from './defaults';

/**
 * Settings written by an earlier version get the sections added since, with
 * their defaults; everything the user set is kept. Returns null when nothing
 * is missing.
 */
export function completeSettings(stored: Partial<Settings>): Settings | null {
  const defaults = defaultSettings();
  const missing = (Object.keys(defaults) as (keyof Settings)[]).filter((k) => stored[k] === undefined);
  if (missing.length === 0) return null;
  return { ...defaults, ...stored } as Settings;
}
