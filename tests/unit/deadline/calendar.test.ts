import { describe, expect, it } from 'vitest';
import officialData from 'chinese-days/dist/chinese-days.json';
import { WorkCalendar } from '../../../utils/deadline/calendar';
import { sh } from './helpers';

const official = new WorkCalendar();

describe('the 2026 data in chinese-days', () => {
  // The tables below rest on these adjusted working days (调休上班) and holidays.
  it('has the make-up working weekend days this suite relies on', () => {
    for (const day of ['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']) {
      expect(officialData.workdays).toHaveProperty([day]);
    }
    for (const day of ['2026-02-15', '2026-02-23', '2026-10-01', '2026-10-07']) {
      expect(officialData.holidays).toHaveProperty([day]);
    }
  });
});

describe('WorkCalendar.isWorkingDay', () => {
  it.each([
    // National Day week: 10-01 (Thu) … 10-07 off; Sunday 09-20 and Saturday 10-10 are working days.
    ['2026-09-19', false, 'Saturday before the make-up Sunday'],
    ['2026-09-20', true, 'Sunday worked for National Day'],
    ['2026-09-30', true, 'Wednesday before the holiday'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-03', false, 'holiday Saturday'],
    ['2026-10-05', false, 'holiday Monday'],
    ['2026-10-07', false, 'last holiday day'],
    ['2026-10-08', true, 'first day back'],
    ['2026-10-10', true, 'Saturday worked for National Day'],
    ['2026-10-11', false, 'ordinary Sunday'],
    // Spring Festival: 02-15 (Sun) … 02-23 (Mon) off; Saturdays 02-14 and 02-28 are working days.
    ['2026-02-13', true, 'Friday before the festival'],
    ['2026-02-14', true, 'Saturday worked for Spring Festival'],
    ['2026-02-16', false, 'New Year’s Eve week Monday'],
    ['2026-02-23', false, 'last festival day (Monday)'],
    ['2026-02-24', true, 'first day back'],
    ['2026-02-28', true, 'second make-up Saturday'],
    ['2026-03-01', false, 'ordinary Sunday'],
    ['2026-11-24', true, 'ordinary Tuesday'],
    ['2026-11-28', false, 'ordinary Saturday'],
  ])('%s → %s (%s)', (day, working) => {
    expect(official.isWorkingDay(day)).toBe(working);
  });

  it('rejects malformed or impossible days', () => {
    expect(() => official.isWorkingDay('2026-2-14')).toThrow(RangeError);
    expect(() => official.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('WorkCalendar.nextWorkingDay / addWorkingDays', () => {
  it.each([
    ['2026-09-30', '2026-10-08'],
    ['2026-10-09', '2026-10-10'],
    ['2026-10-10', '2026-10-12'],
    ['2026-09-18', '2026-09-20'],
    ['2026-02-13', '2026-02-14'],
    ['2026-02-14', '2026-02-24'],
    ['2026-02-27', '2026-02-28'],
    ['2026-02-28', '2026-03-02'],
    ['2026-11-27', '2026-11-30'],
  ])('next working day after %s is %s', (day, next) => {
    expect(official.nextWorkingDay(day)).toBe(next);
  });

  it.each([
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-02-12', 3, '2026-02-24'],
    ['2026-11-27', 3, '2026-12-02'],
    ['2026-11-24', 0, '2026-11-24'],
    ['2026-10-03', 0, '2026-10-08'],
    ['2026-12-30', 2, '2027-01-01'],
  ])('%s + %i working days = %s', (day, n, result) => {
    expect(official.addWorkingDays(day, n)).toBe(result);
  });

  it('refuses negative or fractional day counts', () => {
    expect(() => official.addWorkingDays('2026-11-24', -1)).toThrow(RangeError);
    expect(() => official.addWorkingDays('2026-11-24', 1.5)).toThrow(RangeError);
  });
});

describe('user overrides', () => {
  const cal = new WorkCalendar({
    extraHolidays: ['2026-11-25', '2026-10-10', '2028-01-31'],
    extraWorkdays: ['2026-11-28', '2026-10-05', '2028-01-29'],
  });

  it.each([
    ['2026-11-25', false, 'local holiday on a Wednesday'],
    ['2026-11-28', true, 'worked Saturday'],
    ['2026-10-05', true, 'overrides an official holiday'],
    ['2026-10-10', false, 'overrides an official make-up Saturday'],
    ['2028-01-31', false, 'holiday in a year without data'],
    ['2028-01-29', true, 'worked Saturday in a year without data'],
    ['2026-11-26', true, 'days not overridden keep the official answer'],
  ])('%s → %s (%s)', (day, working) => {
    expect(cal.isWorkingDay(day)).toBe(working);
  });

  it('moves working-day arithmetic with them', () => {
    expect(cal.nextWorkingDay('2026-11-24')).toBe('2026-11-26');
    expect(cal.addWorkingDays('2026-11-26', 2)).toBe('2026-11-28');
  });

  it('prefers an extra working day when both lists name the same date', () => {
    const both = new WorkCalendar({ extraHolidays: ['2026-11-24'], extraWorkdays: ['2026-11-24'] });
    expect(both.isWorkingDay('2026-11-24')).toBe(true);
  });
});

describe('years without official data', () => {
  it('knows which years the package covers', () => {
    expect(official.coverage(2004)).toBe(true);
    expect(official.coverage(2026)).toBe(true);
    expect(official.coverage(2003)).toBe(false);
    expect(official.coverage(2028)).toBe(false);
  });

  it('falls back to Monday–Friday', () => {
    expect(official.isWorkingDay('2028-01-01')).toBe(false); // Saturday
    expect(official.isWorkingDay('2028-01-03')).toBe(true); // Monday
    expect(official.isWorkingDay('2027-01-01')).toBe(true); // New Year's Day, a Friday: unknown to the data
    expect(official.nextWorkingDay('2027-12-31')).toBe('2028-01-03');
  });

  it.each([
    ['2026-06-01 10:00', []],
    ['2026-11-24 10:00', [2027]],
    ['2027-12-15 10:00', [2027, 2028]],
    ['2028-03-01 10:00', [2028]],
  ])('warns at %s about %j', (now, years) => {
    expect(official.missingYears(sh(now))).toEqual(years);
  });

  it('uses the Shanghai date for "this year"', () => {
    // 2026-12-31 16:30 UTC is already 2027-01-01 in Shanghai.
    expect(official.missingYears(Date.UTC(2026, 11, 31, 16, 30), 0)).toEqual([2027]);
    expect(official.missingYears(Date.UTC(2026, 11, 31, 15, 30), 0)).toEqual([]);
  });
});
