import { afterEach, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../utils/deadline/calendar';
import { setLoadedHolidays } from '../../../utils/deadline/active-holidays';
import { readHolidayText } from '../../../utils/deadline/holiday-file';
import { sameDayDue, slaContext } from '../../../utils/deadline/sla';
import { defaultSettings } from '../../../utils/settings/defaults';
import { CHINESE_DAYS_2027, ICS_2027 } from './calendar-2027';
import { sh, show } from './helpers';

const loaded = readHolidayText(CHINESE_DAYS_2027);

describe.each([
  ['chinese-days JSON', CHINESE_DAYS_2027],
  ['ICS', ICS_2027],
])('a loaded 2027 schedule (%s)', (_, text) => {
  const cal = new WorkCalendar(undefined, readHolidayText(text));

  it('makes a 2027 holiday a day off and a 2027 调休 Saturday a working day', () => {
    expect(new WorkCalendar(undefined, null).isWorkingDay('2027-02-05')).toBe(true); // Friday, unknown without the file
    expect(cal.isWorkingDay('2027-02-05')).toBe(false);
    expect(new WorkCalendar(undefined, null).isWorkingDay('2027-02-20')).toBe(false);
    expect(cal.isWorkingDay('2027-02-20')).toBe(true);
    expect(cal.isWorkingDay('2027-01-01')).toBe(false);
  });

  it('ends the "no holiday data for 2027" warning', () => {
    expect(new WorkCalendar(undefined, null).missingYears(sh('2026-12-01 10:00'))).toEqual([2027]);
    expect(cal.missingYears(sh('2026-12-01 10:00'))).toEqual([]);
  });

  it('keeps the built-in data for the years the file does not cover', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // 2026 调休 Saturday
    expect(cal.isWorkingDay('2026-10-01')).toBe(false);
  });
});

describe('loaded holiday data and the user’s overrides', () => {
  it('lets the overrides still win', () => {
    const cal = new WorkCalendar({ extraHolidays: ['2027-02-20'], extraWorkdays: ['2027-02-08'] }, loaded);
    expect(cal.isWorkingDay('2027-02-20')).toBe(false);
    expect(cal.isWorkingDay('2027-02-08')).toBe(true);
  });

  it('replaces the built-in data for a year it covers', () => {
    const corrected = readHolidayText(JSON.stringify({ holidays: { '2026-01-01': '元旦' }, workdays: {} }));
    const cal = new WorkCalendar(undefined, corrected);
    expect(cal.isWorkingDay('2026-02-16')).toBe(true); // a Monday the built-in data has as 春节
  });

  it('does not count a year that only a neighbouring holiday reaches into', () => {
    const data = { holidays: { ...loaded.holidays, '2028-12-31': '元旦' }, workdays: loaded.workdays };
    const cal = new WorkCalendar(undefined, data);
    expect(cal.coverage(2028)).toBe(false);
    expect(cal.isWorkingDay('2028-12-31')).toBe(false);
  });
});

describe('deadlines with the holiday data installed on the page', () => {
  afterEach(() => setLoadedHolidays(null));

  it('carry a post captured before 春节 over the whole holiday', () => {
    const settings = defaultSettings();
    const at = sh('2027-02-04 18:00'); // Thursday after the cut-off
    expect(show(sameDayDue(at, slaContext(settings)))).toBe('2027-02-05 17:30');
    setLoadedHolidays(loaded);
    expect(show(sameDayDue(at, slaContext(settings)))).toBe('2027-02-15 17:30');
  });
});
