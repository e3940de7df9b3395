// The JSON backup of everything, and the settings-only file used by the
// dashboard's import control. Both are documented in docs/backup-format.md.
import * as v from 'valibot';
import type { LedgerEntry, LedgerEvent } from '../ledger/types';
import type { Settings } from '../settings/types';
import { toShanghaiISO } from '../time/shanghai';
import { canonicalBlock, canonicalList } from './canonical-json';
import { issueMessages } from './issues';
import { readJsonFile, type Parsed } from './json-input';
import { MAX_BACKUP_CHARS, MAX_SETTINGS_CHARS } from './limits';
import { entriesSchema, eventsSchema } from './schema-ledger';
import { settingsSchema } from './schema-settings';
import { safeTopicRegexes } from '../matching/regex-safety';
import { instant, say } from './schema-parts';

export const BACKUP_FORMAT = 'forumwatch-backup';
export const SETTINGS_FORMAT = 'forumwatch-settings';

/** An event as kept in a backup: without the local database id. */
export type BackupEvent = Omit<LedgerEvent, 'id'>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: string;
  settings: Settings;
  entries: LedgerEntry[];
  events: BackupEvent[];
}

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  version: 1;
  settings: Settings;
}

export type { Parsed };

/** Stored settings are checked at start-up too; only a file's topic expressions also pass the slow backtracking check. */
const importedSettings = v.pipe(settingsSchema, safeTopicRegexes());

const backupSchema = v.strictObject(
  {
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(1),
    exportedAt: instant(),
    settings: importedSettings,
    entries: entriesSchema,
    events: eventsSchema,
  },
  say('schemaObject'),
);

const settingsFileSchema = v.strictObject(
  { format: v.literal(SETTINGS_FORMAT), version: v.literal(1), settings: importedSettings },
  say('schemaObject'),
);

function withoutId({ id: _id, ...event }: LedgerEvent): BackupEvent {
  return event;
}

/**
 * The full backup as text. Give `exportedAt` to reproduce an earlier file:
 * `exportBackup(parseBackup(text).data)` returns `text` unchanged.
 */
export function exportBackup(content: {
  settings: Settings;
  entries: readonly LedgerEntry[];
  events: readonly LedgerEvent[];
  exportedAt?: string;
}): string {
  const exportedAt = content.exportedAt ?? toShanghaiISO(new Date());
  return [
    '{',
    `  "format": ${JSON.stringify(BACKUP_FORMAT)},`,
    '  "version": 1,',
    `  "exportedAt": ${JSON.stringify(exportedAt)},`,
    `  "settings": ${canonicalBlock(content.settings, '  ')},`,
    `  "entries": ${canonicalList(content.entries, '  ')},`,
    `  "events": ${canonicalList(content.events.map(withoutId), '  ')}`,
    '}',
    '',
  ].join('\n');
}

export function exportSettings(settings: Settings): string {
  const file: SettingsFile = { format: SETTINGS_FORMAT, version: 1, settings };
  return [
    '{',
    `  "format": ${JSON.stringify(file.format)},`,
    '  "version": 1,',
    `  "settings": ${canonicalBlock(file.settings, '  ')}`,
    '}',
    '',
  ].join('\n');
}

/** Validates a backup file completely; nothing is returned unless all of it is valid. */
export function parseBackup(text: string): Parsed<Backup> {
  const raw = readJsonFile(text, BACKUP_FORMAT, MAX_BACKUP_CHARS);
  if (!raw.ok) return raw;
  const result = v.safeParse(backupSchema, raw.data);
  if (!result.success) return { ok: false, errors: issueMessages(result.issues) };
  return { ok: true, data: result.output };
}

/** Validates a settings file (the dashboard's settings import). */
export function parseSettingsFile(text: string): Parsed<SettingsFile> {
  const raw = readJsonFile(text, SETTINGS_FORMAT, MAX_SETTINGS_CHARS);
  if (!raw.ok) return raw;
  const result = v.safeParse(settingsFileSchema, raw.data);
  if (!result.success) return { ok: false, errors: issueMessages(result.issues) };
  return { ok: true, data: result.output };
}
