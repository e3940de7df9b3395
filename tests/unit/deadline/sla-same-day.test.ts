import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA, DEFAULT_WORKING_HOURS, captureDue, sameDayDue, slaContext } from '../../../utils/deadline/sla';
import type { Settings } from '../../../utils/settings/types';
import { context, sh, show } from './helpers';

function settingsWith(changes: Partial<Pick<Settings, 'calendar' | 'sla'>>): Pick<Settings, 'calendar' | 'sla' | 'workingHours'> {
  return {
    calendar: { extraHolidays: [], extraWorkdays: [] },
    sla: { default: { ...DEFAULT_SLA }, perTopic: {}, perLevel: {} },
    workingHours: { ...DEFAULT_WORKING_HOURS },
    ...changes,
  };
}

describe('same working day (当天发现当天回复), cut-off 17:00, day ends 17:30', () => {
  const ctx = context();

  it.each([
    // The cut-off minute on an ordinary Tuesday.
    ['2026-11-24 16:59', '2026-11-24 17:30'],
    ['2026-11-24 16:59:59', '2026-11-24 17:30'],
    ['2026-11-24 17:00', '2026-11-25 17:30'],
    ['2026-11-24 17:01', '2026-11-25 17:30'],
    ['2026-11-24 07:10', '2026-11-24 17:30'],
    ['2026-11-24 23:50', '2026-11-25 17:30'],
    // Weekend.
    ['2026-11-27 17:01', '2026-11-30 17:30'],
    ['2026-11-28 10:00', '2026-11-30 17:30'],
    // National Day week.
    ['2026-09-30 16:40', '2026-09-30 17:30'],
    ['2026-09-30 17:05', '2026-10-08 17:30'],
    ['2026-10-03 10:00', '2026-10-08 17:30'],
    ['2026-10-09 17:30', '2026-10-10 17:30'],
    ['2026-10-10 09:00', '2026-10-10 17:30'],
    ['2026-09-19 11:00', '2026-09-20 17:30'],
    // Spring Festival and its make-up Saturdays.
    ['2026-02-13 18:00', '2026-02-14 17:30'],
    ['2026-02-14 17:10', '2026-02-24 17:30'],
    ['2026-02-18 09:00', '2026-02-24 17:30'],
    ['2026-02-27 17:00', '2026-02-28 17:30'],
  ])('captured %s → due %s', (captured, due) => {
    expect(show(sameDayDue(sh(captured), ctx))).toBe(due);
  });
});

describe('same working day with other settings', () => {
  it('uses the configured cut-off and end of day', () => {
    const ctx = { ...context({ cutoff: '12:00' }), hours: { start: '09:00', end: '18:00' } };
    expect(show(sameDayDue(sh('2026-11-24 11:59'), ctx))).toBe('2026-11-24 18:00');
    expect(show(sameDayDue(sh('2026-11-24 12:00'), ctx))).toBe('2026-11-25 18:00');
  });

  it('never gives a deadline in the past when the cut-off is after the end of the day', () => {
    const ctx = context({ cutoff: '18:00' });
    expect(show(sameDayDue(sh('2026-11-24 17:20'), ctx))).toBe('2026-11-24 17:30');
    expect(show(sameDayDue(sh('2026-11-24 17:45'), ctx))).toBe('2026-11-25 17:30');
  });

  it('rejects a cut-off that is not HH:MM', () => {
    expect(() => sameDayDue(sh('2026-11-24 10:00'), context({ cutoff: '5pm' }))).toThrow(/HH:MM/);
  });

  it('follows the calendar overrides in the settings', () => {
    const settings = settingsWith({ calendar: { extraHolidays: ['2026-11-25'], extraWorkdays: [] } });
    expect(show(sameDayDue(sh('2026-11-24 17:30'), slaContext(settings)))).toBe('2026-11-26 17:30');
  });

  it('uses a topic’s own policy over the default', () => {
    const settings = settingsWith({ sla: { default: { ...DEFAULT_SLA }, perTopic: { roads: { cutoff: '15:00' } }, perLevel: {} } });
    const at = sh('2026-11-24 16:00');
    expect(show(sameDayDue(at, slaContext(settings, ['roads'])))).toBe('2026-11-25 17:30');
    expect(show(sameDayDue(at, slaContext(settings, ['other'])))).toBe('2026-11-24 17:30');
  });
});

describe('deadline of a captured post', () => {
  it('is the same-day deadline when first response is off', () => {
    expect(show(captureDue(sh('2026-11-24 09:00'), context()))).toBe('2026-11-24 17:30');
  });

  it('is the first-response deadline when that comes first', () => {
    expect(show(captureDue(sh('2026-11-24 09:00'), context({ firstResponseHours: 2 })))).toBe('2026-11-24 11:00');
  });

  it('counts the first response across the night after the cut-off', () => {
    // Same-day rule: tomorrow 17:30. Four working hours: 20 min today + 3 h 40 min tomorrow.
    expect(show(captureDue(sh('2026-11-24 17:10'), context({ firstResponseHours: 4 })))).toBe('2026-11-25 12:10');
  });

  it('stays the same-day deadline when the first response would fall later', () => {
    expect(show(captureDue(sh('2026-11-24 08:30'), context({ firstResponseHours: 12 })))).toBe('2026-11-24 17:30');
  });
});
