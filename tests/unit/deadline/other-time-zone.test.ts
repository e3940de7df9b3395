/// <reference types="node" />
// The machine's zone must not matter. Node applies a TZ change at once, so every Date below is
// read in Los Angeles (UTC-8/-7), where a local-time getter would land on the wrong day. (The
// imports are evaluated before this line, but none of them reads a Date while loading.)
const originalTz = process.env.TZ;
process.env.TZ = 'America/Los_Angeles';

import { afterAll, describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../utils/deadline/calendar';
import { escalationDue, firstResponseDue, resumeDue, sameDayDue } from '../../../utils/deadline/sla';
import { context, sh, show } from './helpers';

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('on a machine in America/Los_Angeles', () => {
  it('really runs in that zone', () => {
    expect(new Date(2026, 10, 24, 12).getTimezoneOffset()).toBe(480);
  });

  it('keeps the official calendar on the right days', () => {
    const cal = new WorkCalendar();
    // chinese-days' own isWorkday() answers these two wrongly in this zone.
    expect(cal.isWorkingDay('2026-10-17')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-10-12')).toBe(true); // Monday
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // make-up Saturday
    expect(cal.isWorkingDay('2026-10-01')).toBe(false);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.nextWorkingDay('2026-09-30')).toBe('2026-10-08');
  });

  it.each([
    ['2026-11-24 16:59', '2026-11-24 17:30'],
    ['2026-11-24 17:00', '2026-11-25 17:30'],
    ['2026-09-30 17:05', '2026-10-08 17:30'],
    ['2026-02-13 18:00', '2026-02-14 17:30'],
    ['2026-11-24 00:30', '2026-11-24 17:30'],
  ])('same-day deadline: captured %s → %s', (captured, due) => {
    expect(show(sameDayDue(sh(captured), context()))).toBe(due);
  });

  it('counts working hours and days in Shanghai time', () => {
    expect(show(firstResponseDue(sh('2026-11-24 16:30'), context({ firstResponseHours: 2 })))).toBe('2026-11-25 09:30');
    expect(show(escalationDue(sh('2026-11-27 10:00'), context()))).toBe('2026-12-02 17:30');
    const ctx = context();
    expect(show(resumeDue(sh('2026-09-30 17:30'), sh('2026-09-30 09:30'), sh('2026-10-08 09:30'), ctx))).toBe('2026-10-08 17:30');
  });

  it('warns about the Shanghai year, not the local one', () => {
    // 2027-01-01 01:00 in Shanghai is still 2026-12-31 in Los Angeles.
    expect(new WorkCalendar().missingYears(sh('2027-01-01 01:00'), 0)).toEqual([2027]);
  });
});
