import { describe, expect, it } from 'vitest';
import { applyWarningForm, newList, newPeriod, warningForm } from '@/entrypoints/dashboard/panels/warning/warning-form';
import { defaultSettings } from '@/utils/settings/defaults';
import { repairSettings } from '@/utils/settings/repair';

const problemsOf = (edit: (form: ReturnType<typeof warningForm>) => void) => {
  const settings = defaultSettings();
  const form = warningForm(settings);
  edit(form);
  return applyWarningForm(settings, form).problems;
};

describe('舆情预警 settings form', () => {
  it('round-trips the settings unchanged', () => {
    const settings = defaultSettings();
    settings.sla.perLevel = { urgent: { firstResponseHours: 2, cutoff: '16:00' }, watch: { escalationDays: 2 } };
    const { settings: back, problems } = applyWarningForm(settings, warningForm(settings));
    expect(problems).toEqual([]);
    expect(back).toEqual(settings);
  });

  it('saves a new list, a new period and per-level deadlines that survive the stored settings’ repair', () => {
    const settings = defaultSettings();
    const form = warningForm(settings);
    form.lists.push({ ...newList(), name: '燃气', level: 'urgent', words: '燃氣泄漏，煤气味\n  \n煤气味' });
    form.periods.push({ ...newPeriod(), name: '新楼盘开盘', from: '2026-05-10', to: '2026-05-20', patrolTimes: '16:00，9:30', watchThreshold: '1', firstResponseHours: '' });
    form.perLevel.watch = { firstResponseHours: '4', escalationDays: '' };
    form.perLevel.urgent = { firstResponseHours: '', escalationDays: '' };
    form.watchThreshold = '3';
    const { settings: saved } = applyWarningForm(settings, form);
    expect(saved?.warning.lists.at(-1)).toMatchObject({ name: '燃气', level: 'urgent', words: ['燃氣泄漏', '煤气味'] });
    expect(saved?.warning.periods.at(-1)).toMatchObject({ from: '2026-05-10', patrolTimes: ['09:30', '16:00'], watchThreshold: 1, firstResponseHours: null });
    expect(saved?.warning.watchThreshold).toBe(3);
    expect(saved?.sla.perLevel).toEqual({ watch: { firstResponseHours: 4 } });
    const repaired = repairSettings(structuredClone(saved));
    expect(repaired.settings.warning).toEqual(saved?.warning);
    expect(repaired.settings.sla.perLevel).toEqual(saved?.sla.perLevel);
  });

  it('names the list or period and the field of each problem', () => {
    const problems = problemsOf((form) => {
      form.lists[0]!.words = '';
      form.lists[1]!.name = '';
      form.periods[0]!.from = '3月1日';
      form.periods[1]!.patrolTimes = '16点半';
      form.periods[1]!.watchThreshold = '-1';
      form.watchThreshold = '';
      form.perLevel.urgent.firstResponseHours = '两小时';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        '预警词表「安全事故」还没有词语',
        '预警词表「2」 · 名称：不能为空',
        '敏感时期「全国两会」 · 开始日期：日期应为 MM-DD 或 YYYY-MM-DD',
        '敏感时期「岁末年初」 · 加巡时间（HH:MM，逗号分隔）：不是有效的时刻（例如 09:00）',
        '敏感时期「岁末年初」 · 关注门槛（不同关注词的个数）：不能小于 0',
        '关注门槛（不同关注词的个数）：应为数字',
        '紧急 · 首次回复（工作小时）：应为数字',
      ]),
    );
  });

  it('refuses a period without both dates or ending before it starts, but a holidays period needs none', () => {
    const one = problemsOf((form) => form.periods.push({ ...newPeriod(), name: '开盘', from: '05-10' }));
    expect(one).toEqual(['敏感时期「开盘」：请填写起止日期（同为 MM-DD 或同为 YYYY-MM-DD）']);
    const backwards = problemsOf((form) => form.periods.push({ ...newPeriod(), name: '开盘', from: '2026-05-20', to: '2026-05-10' }));
    expect(backwards).toEqual(['敏感时期「开盘」：结束日期早于开始日期']);
    expect(problemsOf((form) => form.periods.push({ ...newPeriod(), name: '春节', holidays: true, from: '错', patrolTimes: '10:00' }))).toEqual([]);
    // MM-DD ranges may wrap over New Year.
    expect(problemsOf((form) => form.periods.push({ ...newPeriod(), name: '冬季', from: '12-01', to: '02-28' }))).toEqual([]);
  });
});
