import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/utils/settings/defaults';
import { PRESET_TOPICS } from '@/utils/settings/preset-topics';
import { exportSettings, parseSettingsFile } from '@/utils/transfer/backup';

function importWithRegex(regex: string[]) {
  const settings = defaultSettings();
  settings.topics[0]!.regex = regex;
  return parseSettingsFile(exportSettings(settings));
}

describe('importing topic expressions from a settings file', () => {
  it('refuses an expression that can freeze the forum pages, naming it and why', () => {
    for (const source of ['(a+)+$', '(a|a)*$', '(\\w+\\s?)*$', '(.*a){12}']) {
      const result = importWithRegex(['违[章规]建筑', source]);
      expect(result.ok).toBe(false);
      const errors = result.ok ? [] : result.errors;
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`settings.topics[0].regex[1]: 正则表达式 /${source}/ `);
      expect(errors[0]).toContain('卡死');
    }
  });

  it('accepts safe expressions', () => {
    const result = importWithRegex(['违[章规]建筑', '拆迁.{0,10}补偿', '(?<!不)满意', ...defaultSettings().topics[0]!.regex]);
    expect(result.ok && result.data.settings.topics[0]!.regex).toEqual(['违[章规]建筑', '拆迁.{0,10}补偿', '(?<!不)满意', ...defaultSettings().topics[0]!.regex]);
  });

  it('imports a settings file exported with the default topics and every preset topic added, unchanged', () => {
    const settings = defaultSettings();
    settings.topics.push(...PRESET_TOPICS.map((preset) => preset.topic));
    const result = parseSettingsFile(exportSettings(settings));
    expect(result.ok ? result.data.settings.topics : result.errors).toEqual(settings.topics);
  });
});

describe('importing topic weak words from a settings file', () => {
  it('accepts a file written before topics had weak words, and refuses a weak word that is not text', () => {
    const settings = defaultSettings();
    const older = JSON.parse(exportSettings(settings));
    for (const topic of older.settings.topics) delete topic.weak;
    const result = parseSettingsFile(JSON.stringify(older));
    expect(result.ok && result.data.settings.topics.map((t) => t.weak)).toEqual(settings.topics.map(() => undefined));

    older.settings.topics[0].weak = ['修路', 42];
    const refused = parseSettingsFile(JSON.stringify(older));
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.errors.join('\n')).toContain('settings.topics[0].weak[1]');
  });
});
