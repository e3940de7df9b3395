import { describe, expect, it } from 'vitest';
import { activePeriods, periodEffects } from '@/utils/warning/periods';
import { WorkCalendar } from '@/utils/deadline/calendar';
import type { SensitivePeriod } from '@/utils/settings/types';

const period = (id: string, from: string, to: string, extra: Partial<SensitivePeriod> = {}): SensitivePeriod => ({
  id,
  name: id,
  from,
  to,
  holidays: false,
  patrolTimes: [],
  watchThreshold: null,
  firstResponseHours: null,
  ...extra,
});
const calendar = new WorkCalendar();
const activeOn = (periods: SensitivePeriod[], day: string, cal = calendar) => activePeriods(periods, day, cal).map((p) => p.id);

describe('sensitive periods (敏感时期)', () => {
  const twoSessions = period('两会', '03-01', '03-15');
  const yearEnd = period('岁末年初', '12-15', '01-15');
  const opening = period('新楼盘开盘', '2026-05-10', '2026-05-20');
  const holidays = period('法定节假日', '', '', { holidays: true });

  it('repeats an MM-DD range every year, first and last day included', () => {
    for (const day of ['2026-03-01', '2026-03-15', '2027-03-08']) expect(activeOn([twoSessions], day)).toEqual(['两会']);
    for (const day of ['2026-02-28', '2026-03-16']) expect(activeOn([twoSessions], day)).toEqual([]);
  });

  it('wraps a range that ends before it starts over New Year', () => {
    for (const day of ['2026-12-15', '2026-12-31', '2027-01-01', '2027-01-15']) expect(activeOn([yearEnd], day)).toEqual(['岁末年初']);
    for (const day of ['2026-12-14', '2027-01-16', '2026-07-01']) expect(activeOn([yearEnd], day)).toEqual([]);
  });

  it('uses a YYYY-MM-DD range once, not in other years', () => {
    expect(activeOn([opening], '2026-05-10')).toEqual(['新楼盘开盘']);
    expect(activeOn([opening], '2026-05-20')).toEqual(['新楼盘开盘']);
    expect(activeOn([opening], '2026-05-21')).toEqual([]);
    expect(activeOn([opening], '2027-05-15')).toEqual([]);
  });

  it('follows the calendar’s public holidays, not a 调休 working weekend nor an ordinary weekend', () => {
    expect(activeOn([holidays], '2026-10-01')).toEqual(['法定节假日']);
    expect(activeOn([holidays], '2026-10-07')).toEqual(['法定节假日']);
    // Sunday 2026-10-10 is worked for National Day; Saturday 2026-11-28 is an ordinary weekend.
    expect(activeOn([holidays], '2026-10-10')).toEqual([]);
    expect(activeOn([holidays], '2026-11-28')).toEqual([]);
    expect(calendar.holidayName('2026-10-01')).toBe('国庆节');
  });

  it('takes the user’s own days off as holidays and their extra working days as none', () => {
    const own = new WorkCalendar({ extraHolidays: ['2026-11-25'], extraWorkdays: ['2026-10-02'] });
    expect(activeOn([holidays], '2026-11-25', own)).toEqual(['法定节假日']);
    expect(activeOn([holidays], '2026-10-02', own)).toEqual([]);
  });

  it('combines the active periods: every name, the lowest threshold and first response, each patrol time once', () => {
    const a = period('岁末年初', '12-15', '01-15', { patrolTimes: ['16:30'], watchThreshold: 1 });
    const b = period('法定节假日', '', '', { holidays: true, patrolTimes: ['16:30', '10:00'], watchThreshold: 2, firstResponseHours: 4 });
    const effects = periodEffects(activePeriods([a, b, twoSessions], '2026-01-01', calendar));
    expect(effects).toEqual({ names: ['岁末年初', '法定节假日'], watchThreshold: 1, firstResponseHours: 4, patrolTimes: ['10:00', '16:30'] });
    expect(periodEffects([])).toEqual({ names: [], watchThreshold: null, firstResponseHours: null, patrolTimes: [] });
  });
});
