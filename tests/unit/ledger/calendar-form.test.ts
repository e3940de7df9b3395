import { describe, expect, it } from 'vitest';
import { addDayProblem, applyForm, formFromSettings } from '../../../entrypoints/dashboard/panels/calendar-form';
import { defaultSettings } from '../../../utils/settings/defaults';

describe('日历与时限 form', () => {
  it('round-trips the settings unchanged', () => {
    const settings = defaultSettings();
    settings.calendar.extraHolidays = ['2027-01-01'];
    settings.sla.perTopic.road_works = { escalationDays: 2, restartOnFollowUp: false };
    const { settings: back, problems } = applyForm(settings, formFromSettings(settings));
    expect(problems).toEqual([]);
    expect(back).toEqual(settings);
  });

  it('saves overrides, per-topic values and normalised, sorted patrol times', () => {
    const settings = defaultSettings();
    const form = formFromSettings(settings);
    form.extraWorkdays = ['2027-02-06'];
    form.cutoff = '16:30';
    form.escalationDays = '2';
    form.perTopic.commercial_housing = { cutoff: '', firstResponseHours: '4', escalationDays: '', restartOnFollowUp: 'no', requireApproval: 'yes' };
    form.patrolTimes = '14:30，9:00 ,16:00';
    form.leadMinutes = '30';
    const { settings: saved } = applyForm(settings, form);
    expect(saved?.calendar.extraWorkdays).toEqual(['2027-02-06']);
    expect(saved?.sla.default).toMatchObject({ cutoff: '16:30', escalationDays: 2 });
    expect(saved?.sla.perTopic).toEqual({ commercial_housing: { firstResponseHours: 4, restartOnFollowUp: false, requireApproval: true } });
    expect(saved?.reminders).toEqual({ leadMinutes: 30, patrolTimes: ['09:00', '14:30', '16:00'] });
  });

  it('lists every problem with a clear message and saves nothing', () => {
    const settings = defaultSettings();
    const form = formFromSettings(settings);
    form.extraHolidays = ['2027-02-30'];
    form.start = '18:00';
    form.end = '08:30';
    form.escalationDays = '0';
    form.firstResponseHours = '2.5';
    form.perTopic.road_works!.cutoff = '25:00';
    form.patrolTimes = '9点';
    form.leadMinutes = '';
    const result = applyForm(settings, form);
    expect(result.settings).toBeNull();
    expect(result.problems).toEqual([
      '日期应写成 YYYY-MM-DD（如 2027-01-01），收到：2027-02-30',
      '首次响应小时数 应为 0 到 720 之间的整数，收到：2.5',
      '上报后工作日数 应为 1 到 30 之间的整数，收到：0',
      '「道路工程」：当天处理截止时刻 应写成 HH:MM（如 17:30），收到：25:00',
      '提前提醒分钟数 应为 0 到 1440 之间的整数，收到：',
      '巡查时间 应写成 HH:MM（如 17:30），收到：9点',
    ]);
  });

  it('refuses working hours that end before they start', () => {
    const form = formFromSettings(defaultSettings());
    form.start = '17:30';
    form.end = '08:30';
    expect(applyForm(defaultSettings(), form).problems).toEqual(['下班时间应晚于上班时间']);
  });

  it.each([
    ['2027-1-1', 'extraHolidays', '日期应写成 YYYY-MM-DD（如 2027-01-01），收到：2027-1-1'],
    ['2027-01-01', 'extraHolidays', '2027-01-01 已在列表中'],
    ['2027-01-01', 'extraWorkdays', '2027-01-01 不能同时是休息日和工作日'],
    ['2027-01-02', 'extraWorkdays', null],
  ] as const)('adding %s to %s: %s', (day, list, message) => {
    const form = formFromSettings(defaultSettings());
    form.extraHolidays = ['2027-01-01'];
    expect(addDayProblem(form, day, list)).toBe(message);
  });
});
