import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, exportSettings, parseBackup, parseSettingsFile } from '@/utils/transfer/backup';

const doc = readFileSync(path.resolve(__dirname, '../../../docs/backup-format.md'), 'utf8');
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => `${m[1]}\n`);
// The page documents other formats too (e.g. site profiles); these two are the backup module's.
const ofFormat = (format: string) => blocks.filter((b) => b.includes(`"format": "${format}"`));
const [settingsExample = '', ...moreSettings] = ofFormat('forumwatch-settings');
const [backupExample = '', ...moreBackups] = ofFormat('forumwatch-backup');

describe('docs/backup-format.md examples', () => {
  it('holds a settings example and a backup example', () => {
    expect(settingsExample).toContain('"forumwatch-settings"');
    expect(backupExample).toContain('"forumwatch-backup"');
    expect([...moreSettings, ...moreBackups]).toEqual([]);
  });

  it('the settings example is valid and exactly what the export writes', () => {
    const parsed = parseSettingsFile(settingsExample);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(exportSettings(parsed.data.settings)).toBe(settingsExample);
  });

  it('the backup example is valid and exactly what the export writes', () => {
    const parsed = parseBackup(backupExample);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(exportBackup(parsed.data)).toBe(backupExample);
  });
});
