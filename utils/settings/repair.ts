import * as v from 'valibot';
import { settingsSchema } from '../transfer/schema-settings';
import { formatPath, issueMessages } from '../transfer/issues';
import { defaultSettings } from './defaults';
import type { Settings } from './types';

export interface RepairedSettings {
  settings: Settings;
  /** What was wrong with each section that is now its default (or was dropped), e.g. `topics: 应为数组`. */
  problems: string[];
  /** Whether `settings` differs from what was stored: repaired, or given the sections added since. */
  changed: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Settings as stored (hand-edited, from an earlier version, or damaged),
 * checked section by section with the schema of settings imports: every
 * valid section is kept, an invalid one becomes its default, a missing one
 * (added since) its default too.
 */
export function repairSettings(stored: unknown): RepairedSettings {
  const defaults = defaultSettings();
  if (stored === undefined) return { settings: defaults, problems: [], changed: true };
  if (!isRecord(stored)) return { settings: defaults, problems: ['（全部设置）: 应为对象'], changed: true };
  const problems: string[] = [];
  let changed = false;
  const repaired: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(stored)) {
    if (value === undefined) continue;
    if (!(key in defaults)) {
      problems.push(`${formatPath([key])}: 不允许的字段，已删除`);
      changed = true;
      continue;
    }
    const checked = checkSection(key as keyof Settings, value);
    if (checked.success) repaired[key] = checked.output;
    else {
      problems.push(issueMessages(checked.issues.slice(0, 1), [key])[0]!);
      changed = true;
    }
  }
  if (Object.keys(defaults).some((key) => stored[key] === undefined)) changed = true;
  return { settings: repaired as unknown as Settings, problems, changed };
}

const checkSection = (key: keyof Settings, value: unknown) => v.safeParse(settingsSchema.entries[key], value);

/** Only the sections `keys` of the stored settings, each read as repairSettings reads it: as stored when valid, else its default. */
export function repairedSections<K extends keyof Settings>(stored: unknown, keys: readonly K[]): Pick<Settings, K> {
  // Built only for a section that needs its default: the whole defaults clone the starter topics and templates.
  let defaults: Settings | undefined;
  const sections = {} as Pick<Settings, K>;
  for (const key of keys) {
    const checked = isRecord(stored) && stored[key] !== undefined ? checkSection(key, stored[key]) : null;
    sections[key] = checked?.success ? (checked.output as Settings[K]) : (defaults ??= defaultSettings())[key];
  }
  return sections;
}
