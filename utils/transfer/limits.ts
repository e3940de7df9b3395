// Hard limits of the JSON formats. Anything beyond them is refused on import.

/** Largest backup file accepted, in characters (about 200 MB). */
export const MAX_BACKUP_CHARS = 200_000_000;
/** Largest settings file accepted, in characters. */
export const MAX_SETTINGS_CHARS = 2_000_000;
/** Largest site-profiles file accepted, in characters. */
export const MAX_SITES_CHARS = 1_000_000;

export const MAX_ENTRIES = 200_000;
export const MAX_EVENTS = 2_000_000;

export const LIMITS = {
  id: 64,
  key: 512,
  site: 255,
  threadId: 64,
  title: 2_000,
  excerpt: 20_000,
  url: 4_096,
  name: 100,
  department: 100,
  topicsPerEntry: 50,
  fixes: 100,
  fixText: 2_000,
  memoNo: 100,
  summary: 5_000,
  note: 5_000,
  draft: 20_000,
  topics: 200,
  keywordsPerList: 2_000,
  keyword: 100,
  regexSource: 500,
  staff: 500,
  accountsPerStaff: 20,
  phone: 50,
  sites: 100,
  pattern: 500,
  selector: 500,
  templates: 500,
  templateBody: 20_000,
  officialese: 2_000,
  calendarDays: 1_000,
  patrolTimes: 24,
} as const;

/** Keys that could reach an object's prototype; refused anywhere in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
