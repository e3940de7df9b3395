import { describe, expect, it } from 'vitest';
import { exportBackup, exportSettings, parseBackup, parseSettingsFile } from '@/utils/transfer/backup';
import { MAX_SETTINGS_CHARS } from '@/utils/transfer/limits';
import { makeEntry } from '../../support/entry';
import { sampleLedger, sampleSettings } from './fixtures';

const EXPORTED_AT = '2026-03-10T18:00:00+08:00';

function backupText(mutate?: (doc: any) => void): string {
  const doc = JSON.parse(exportBackup({ settings: sampleSettings(), ...sampleLedger(), exportedAt: EXPORTED_AT }));
  mutate?.(doc);
  return JSON.stringify(doc);
}

function errorsOf(text: string): string[] {
  const result = parseBackup(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('backup export and import', () => {
  it('round-trips exactly: export → parse → export gives the same text', () => {
    const { entries, events } = sampleLedger();
    const text = exportBackup({ settings: sampleSettings(), entries, events, exportedAt: EXPORTED_AT });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(exportBackup(parsed.data)).toBe(text);
    expect(parsed.data.entries).toEqual(entries);
    expect(parsed.data.settings).toEqual(sampleSettings());
    // database ids stay behind: they belong to one browser
    expect(parsed.data.events).toEqual(events.map(({ id: _id, ...e }) => e));
  });

  it('writes the same text whatever order the keys were created in', () => {
    const { entries, events } = sampleLedger();
    const shuffled = entries.map((e) => Object.fromEntries(Object.entries(e).reverse()) as typeof e);
    expect(exportBackup({ settings: sampleSettings(), entries: shuffled, events, exportedAt: EXPORTED_AT })).toBe(
      exportBackup({ settings: sampleSettings(), entries, events, exportedAt: EXPORTED_AT }),
    );
  });

  it('keeps markup in titles as inert text', () => {
    const parsed = parseBackup(backupText());
    expect(parsed.ok && parsed.data.entries[1]?.title).toBe('<img src=x onerror="alert(1)">楼盘延期交房');
  });

  it('stores times from other zones as Shanghai time, so filters and deadlines compare them correctly', () => {
    const parsed = parseBackup(backupText((d) => (d.entries[0].capturedAt = '2026-03-02T01:15:00Z')));
    expect(parsed.ok && parsed.data.entries[0]!.capturedAt).toBe('2026-03-02T09:15:00+08:00');
  });

  it('accepts a file that starts with a BOM', () => {
    expect(parseBackup('\uFEFF' + backupText()).ok).toBe(true);
  });

  it('refuses broken, truncated and empty files with a clear message', () => {
    const text = backupText();
    expect(errorsOf(text.slice(0, text.length / 2))[0]).toMatch(/^不是有效的 JSON，文件可能不完整或已损坏/);
    expect(errorsOf('{"format": "forumwatch-backup", version: 1}')[0]).toMatch(/^不是有效的 JSON/);
    expect(errorsOf('')).toEqual(['文件是空的']);
    expect(errorsOf('[1,2]')).toEqual(['文件内容应为一个 JSON 对象']);
  });

  it('refuses other formats and versions, naming the settings file when given one', () => {
    expect(errorsOf(exportSettings(sampleSettings()))).toEqual(['format: 文件类型不对，应为 forumwatch-backup：这是设置文件']);
    expect(errorsOf(backupText((d) => (d.version = 2)))).toEqual(['version: 不支持的版本 2，本程序只能读取版本 1']);
  });

  it('names the place of each wrong value', () => {
    const errors = errorsOf(
      backupText((d) => {
        d.entries[1].status = 'done';
        d.entries[0].topics = 'road';
        d.entries[0].pausedMs = -5;
        d.entries[0].reply.detected = 'yes';
        d.events[2].at = '2026-02-30T10:00:00+08:00';
        d.settings.reminders.leadMinutes = '60';
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'entries[1].status: 不是有效的状态',
        'entries[0].topics: 应为数组',
        'entries[0].pausedMs: 不能小于 0',
        'entries[0].reply.detected: 应为 true 或 false',
        'events[2].at: 不是有效的 ISO 8601 时间（例如 2026-03-02T09:15:00+08:00）',
        'settings.reminders.leadMinutes: 应为数字',
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('refuses unknown fields and reports missing ones', () => {
    const errors = errorsOf(
      backupText((d) => {
        d.entries[0].isAdmin = true;
        delete d.entries[1].title;
        d.extra = 1;
      }),
    );
    expect(errors).toEqual(expect.arrayContaining(['entries[0].isAdmin: 不允许的字段', 'entries[1].title: 缺少必填字段', 'extra: 不允许的字段']));
  });

  it('refuses prototype-polluting keys anywhere', () => {
    const text = backupText().replace('"reply":{', '"reply":{"__proto__":{"polluted":true},');
    expect(errorsOf(text)).toEqual(['entries[0].reply.__proto__: 不允许的字段名']);
    const perTopic = backupText().replace('"perTopic":{', '"perTopic":{"constructor": {"escalationDays": 1},');
    expect(errorsOf(perTopic)).toEqual(['settings.sla.perTopic.constructor: 不允许的字段名']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses over-long strings without echoing them', () => {
    const huge = 'x'.repeat(5_000_000);
    const errors = errorsOf(backupText((d) => (d.entries[0].title = huge)));
    expect(errors).toEqual(['entries[0].title: 过长：最多 2000 个字符']);
    expect(errorsOf(backupText((d) => (d.entries[0].excerpt = 'y'.repeat(20_001))))).toEqual(['entries[0].excerpt: 过长：最多 20000 个字符']);
  });

  it('refuses duplicate entry keys', () => {
    expect(errorsOf(backupText((d) => (d.entries[1].key = d.entries[0].key)))).toEqual([
      'entries[1].key: 重复的条目键（同一个帖子出现了两次）',
    ]);
  });

  it('lists at most 20 problems, then says how many more', () => {
    const errors = errorsOf(backupText((d) => (d.entries = Array.from({ length: 30 }, (_, i) => ({ ...d.entries[0], key: `k${i}`, status: 'x' })))));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('……还有更多问题，请先改正以上 20 处');
  });

  it('reads a 10 MB backup of valid entries', () => {
    const entries = Array.from({ length: 12_000 }, () => makeEntry({ excerpt: '路面塌陷，'.repeat(150) }));
    const text = exportBackup({ settings: sampleSettings(), entries, events: [], exportedAt: EXPORTED_AT });
    expect(text.length).toBeGreaterThan(10_000_000);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.data.entries.length).toBe(12_000);
  });

  it('writes only messages in Chinese', () => {
    const errors = errorsOf(backupText((d) => Object.assign(d.entries[0], { status: 1, capturedAt: 5, fixes: [{}], draft: 'x', topics: [3] })));
    for (const e of errors) expect(e).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('settings file', () => {
  it('round-trips exactly', () => {
    const text = exportSettings(sampleSettings());
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.data.settings).toEqual(sampleSettings());
    expect(exportSettings(parsed.data.settings)).toBe(text);
    expect(text.startsWith('{\n  "format": "forumwatch-settings",\n  "version": 1,\n  "settings": {\n')).toBe(true);
  });

  function settingsErrors(mutate: (s: any) => void): string[] {
    const doc = JSON.parse(exportSettings(sampleSettings()));
    mutate(doc.settings);
    const result = parseSettingsFile(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors;
  }

  it('refuses regular expressions that do not compile and colours that are not #rgb/#rrggbb', () => {
    expect(settingsErrors((s) => (s.topics[0].regex = ['沿港(西路']))).toEqual(['settings.topics[0].regex[0]: 正则表达式无法编译']);
    expect(settingsErrors((s) => (s.topics[1].color = 'red'))).toEqual(['settings.topics[1].color: 颜色应为 #rgb 或 #rrggbb']);
    expect(settingsErrors((s) => (s.topics[1].color = '#11223344'))).toEqual(['settings.topics[1].color: 颜色应为 #rgb 或 #rrggbb']);
  });

  it('checks times, days, numbers, choices and unique ids', () => {
    const errors = settingsErrors((s) => {
      s.sla.default.cutoff = '25:00';
      s.calendar.extraHolidays.push('2026-13-01');
      s.sla.perTopic.road = { escalationDays: 0 };
      s.sites[0].adapter = 'phpbb';
      s.topics[1].id = 'road';
      s.version = 2;
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'settings.sla.default.cutoff: 不是有效的时刻（例如 09:00）',
        'settings.calendar.extraHolidays[1]: 不是有效的日期（例如 2026-10-01）',
        'settings.sla.perTopic.road.escalationDays: 不能小于 1',
        'settings.sites[0].adapter: 适配器应为 discuz 或 generic',
        'settings.topics[1].id: 编号重复',
        'settings.version: 设置版本应为 1',
      ]),
    );
  });

  it('refuses a 10 MB settings file before parsing it', () => {
    const big = JSON.stringify({ format: 'forumwatch-settings', version: 1, settings: { pad: 'x'.repeat(10_000_000) } });
    const result = parseSettingsFile(big);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^文件过大（10 MB），上限为 2 MB$/)] });
    expect(big.length).toBeGreaterThan(MAX_SETTINGS_CHARS);
  });

  it('refuses a backup given as a settings file', () => {
    expect(parseSettingsFile(backupText())).toEqual({ ok: false, errors: ['format: 文件类型不对，应为 forumwatch-settings：这是完整备份文件'] });
  });
});
