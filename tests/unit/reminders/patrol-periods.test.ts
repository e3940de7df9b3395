import { describe, expect, it } from 'vitest';
import { nextPatrolTime, patrolPeriods } from '@/utils/reminders/patrol-schedule';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { DEFAULT_SENSITIVE_PERIODS } from '@/utils/warning/defaults';
import { toShanghaiISO } from '@/utils/time/shanghai';

const calendar = new WorkCalendar();
const periods = DEFAULT_SENSITIVE_PERIODS; // 两会 03-01–03-15 11:00, 16:30; 岁末年初 16:30; 法定节假日 10:00, 16:00
const next = (now: string, times = ['09:00', '14:30']) => {
  const at = nextPatrolTime(new Date(now), times, calendar, periods);
  return at && toShanghaiISO(at);
};

describe('patrol reminders in sensitive periods', () => {
  it('adds a period’s patrol times between the regular ones on its days', () => {
    expect(next('2026-03-02T09:30:00+08:00')).toBe('2026-03-02T11:00:00+08:00');
    expect(next('2026-03-02T14:30:00+08:00')).toBe('2026-03-02T16:30:00+08:00');
    // After the period the day ends with the regular afternoon patrol.
    expect(next('2026-03-16T14:30:00+08:00')).toBe('2026-03-17T09:00:00+08:00');
  });

  it('reminds on the period’s days off too, though regular patrols skip them', () => {
    // Saturday 2026-03-07 in 两会: no 09:00, but 11:00.
    expect(next('2026-03-06T16:30:00+08:00')).toBe('2026-03-07T11:00:00+08:00');
    // National Day: the holidays period’s 10:00 and 16:00, not the regular times.
    expect(next('2026-10-01T08:00:00+08:00')).toBe('2026-10-01T10:00:00+08:00');
    expect(next('2026-10-01T10:00:00+08:00')).toBe('2026-10-01T16:00:00+08:00');
    // Sunday 2026-10-10 is a 调休 working day: regular patrols, no holiday ones.
    expect(next('2026-10-10T09:00:00+08:00')).toBe('2026-10-10T14:30:00+08:00');
  });

  it('schedules a period’s times with no regular patrol times at all', () => {
    expect(next('2026-11-30T12:00:00+08:00', [])).toBe('2026-12-15T16:30:00+08:00');
    expect(nextPatrolTime(new Date('2026-11-30T12:00:00+08:00'), [], calendar, [])).toBeNull();
  });

  it('names the periods whose extra patrol it is, and none for a regular one', () => {
    expect(patrolPeriods(new Date('2026-03-02T16:30:00+08:00'), periods, calendar)).toEqual(['全国两会']);
    expect(patrolPeriods(new Date('2026-10-01T10:00:00+08:00'), periods, calendar)).toEqual(['法定节假日']);
    expect(patrolPeriods(new Date('2026-03-02T09:00:00+08:00'), periods, calendar)).toEqual([]);
    expect(patrolPeriods(new Date('2026-03-20T16:30:00+08:00'), periods, calendar)).toEqual([]);
  });
});
