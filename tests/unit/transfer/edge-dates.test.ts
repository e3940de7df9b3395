import { describe, expect, it } from 'vitest';
import { restoreLedger } from '@/utils/ledger/apply-import';
import { exportBackup, parseBackup, parseSettingsFile, exportSettings } from '@/utils/transfer/backup';
import { toShanghaiISO } from '@/utils/time/shanghai';
import { readPostTime } from '@/utils/sites/generic/time';
import { makeEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';
import { sampleSettings } from './fixtures';

const EXPORTED_AT = '2026-03-10T18:00:00+08:00';

function backupWith(times: Record<string, string>): string {
  const doc = JSON.parse(exportBackup({ settings: sampleSettings(), entries: [makeEntry()], events: [], exportedAt: EXPORTED_AT }));
  Object.assign(doc.entries[0], times);
  return JSON.stringify(doc);
}

function parsed(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
}

describe('dates at the edges of the ledger years', () => {
  it('a backup holding the first and last instants of 2000–2100 is restored, and its own export restores again', async () => {
    const first = parsed(backupWith({ capturedAt: '1999-12-31T16:00:00Z', updatedAt: '2100-12-31T23:59:59+08:00', postedAt: '2100-12-31T15:59:59Z' }));
    expect(first.entries[0]).toMatchObject({
      capturedAt: '2000-01-01T00:00:00+08:00',
      updatedAt: '2100-12-31T23:59:59+08:00',
      postedAt: '2100-12-31T23:59:59+08:00',
    });
    const db = freshDb();
    await restoreLedger(db, first);
    const again = parsed(exportBackup({ settings: first.settings, entries: await db.entries.toArray(), events: [], exportedAt: EXPORTED_AT }));
    expect(again.entries).toEqual(first.entries);
  });

  it('refuses times before 2000 or after 2100 (in Shanghai) with a Chinese message naming the field', () => {
    const cases: [Record<string, string>, string][] = [
      [{ capturedAt: '0999-01-01T00:00:00+08:00' }, 'entries[0].capturedAt'],
      [{ updatedAt: '9999-12-31T20:00:00Z' }, 'entries[0].updatedAt'],
      [{ postedAt: '1999-12-31T15:59:59Z' }, 'entries[0].postedAt'],
      [{ dueAt: '2101-01-01T00:00:00+08:00' }, 'entries[0].dueAt'],
    ];
    for (const [times, field] of cases) {
      const result = parseBackup(backupWith(times));
      expect(result.ok, JSON.stringify(times)).toBe(false);
      if (!result.ok) expect(result.errors).toEqual([`${field}: 超出范围：年份应在 2000–2100 年之间`]);
    }
  });

  it('refuses calendar days outside 2000–2100 in a settings file', () => {
    const settings = { ...sampleSettings(), calendar: { extraHolidays: ['1999-10-01'], extraWorkdays: ['2101-01-04'] } };
    const result = parseSettingsFile(exportSettings(settings));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        'settings.calendar.extraHolidays[0]: 超出范围：年份应在 2000–2100 年之间',
        'settings.calendar.extraWorkdays[0]: 超出范围：年份应在 2000–2100 年之间',
      ]);
    }
  });
});

describe('the Shanghai ISO writer', () => {
  it('writes four-digit years', () => {
    expect(toShanghaiISO(Date.UTC(999, 0, 1, 0, 0, 0))).toBe('0999-01-01T08:00:00+08:00');
  });

  it('refuses instants that have no four-digit year, and invalid dates, instead of writing text no import reads', () => {
    expect(() => toShanghaiISO(Date.parse('9999-12-31T20:00:00Z'))).toThrow(RangeError);
    expect(() => toShanghaiISO(new Date('not a date'))).toThrow(RangeError);
  });

  it('leaves a page time outside the ledger years unset rather than storing it', () => {
    const el = document.createElement('span');
    el.setAttribute('datetime', '9999-12-31T20:00:00Z');
    expect(readPostTime(el, new Date())).toBeNull();
    el.setAttribute('datetime', '0999-06-01T08:00:00+08:00');
    expect(readPostTime(el, new Date())).toBeNull();
    el.setAttribute('datetime', '2026-03-02T01:15:00Z');
    expect(readPostTime(el, new Date())).toBe('2026-03-02T09:15:00+08:00');
  });
});
