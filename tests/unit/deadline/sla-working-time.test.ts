import { describe, expect, it } from 'vitest';
import { firstResponseDue, pausedWorkingTime, resumeDue } from '../../../utils/deadline/sla';
import { context, sh, show } from './helpers';

const HOUR = 3_600_000;

describe('first response within N working hours (08:30–17:30)', () => {
  it.each([
    [2, '2026-11-24 11:00', '2026-11-24 13:00', 'across lunch: the working day is one span'],
    [2, '2026-11-24 15:30', '2026-11-24 17:30', 'ends exactly at the end of the day'],
    [2, '2026-11-24 16:30', '2026-11-25 09:30', 'across the night'],
    [2, '2026-11-24 20:00', '2026-11-25 10:30', 'captured at night: the clock starts next morning'],
    [2, '2026-11-24 06:00', '2026-11-24 10:30', 'captured before work'],
    [4, '2026-11-27 17:00', '2026-11-30 12:00', 'across the weekend'],
    [4, '2026-09-30 16:00', '2026-10-08 11:00', 'across National Day'],
    [3, '2026-10-09 16:00', '2026-10-10 10:00', 'into the make-up Saturday'],
    [0.5, '2026-11-24 09:10', '2026-11-24 09:40', 'fractions of an hour'],
    [9, '2026-11-24 08:30', '2026-11-24 17:30', 'a whole working day'],
    [10, '2026-11-24 08:30', '2026-11-25 09:30', 'more than a working day'],
  ])('%s h from %s → %s (%s)', (hours, captured, due) => {
    expect(show(firstResponseDue(sh(captured), context({ firstResponseHours: hours })))).toBe(due);
  });

  it('is off with 0 hours', () => {
    expect(firstResponseDue(sh('2026-11-24 11:00'), context({ firstResponseHours: 0 }))).toBeNull();
  });

  it('refuses working hours that end before they start', () => {
    const ctx = { ...context({ firstResponseHours: 2 }), hours: { start: '17:30', end: '08:30' } };
    expect(() => firstResponseDue(sh('2026-11-24 11:00'), ctx)).toThrow(RangeError);
  });
});

describe('pause and resume', () => {
  const ctx = context();

  it('moves the deadline by the working time paused', () => {
    const due = sh('2026-11-24 17:30');
    const after = resumeDue(due, sh('2026-11-24 10:00'), sh('2026-11-24 11:30'), ctx);
    expect(show(after)).toBe('2026-11-25 10:00');
  });

  it('counts a holiday inside a pause once: not as paused time, only as a day skipped', () => {
    // Due before National Day; paused 09:30 on 09-30 and resumed 09:30 on 10-08.
    // Paused working time: 09-30 09:30–17:30 (8 h) + 10-08 08:30–09:30 (1 h) = 9 h.
    const pausedAt = sh('2026-09-30 09:30');
    const resumedAt = sh('2026-10-08 09:30');
    expect(pausedWorkingTime(pausedAt, resumedAt, ctx)).toBe(9 * HOUR);
    const after = resumeDue(sh('2026-09-30 17:30'), pausedAt, resumedAt, ctx);
    expect(show(after)).toBe('2026-10-08 17:30');
    // Shifting by the 8 calendar days paused and then skipping the holiday again would say 10-16.
    expect(show(after)).not.toBe('2026-10-16 17:30');
  });

  it('gives back the time that was left when the pause crossed the deadline', () => {
    // Paused one working hour before the deadline; resumed two days later → one hour after resuming.
    const after = resumeDue(sh('2026-11-23 17:30'), sh('2026-11-23 16:30'), sh('2026-11-25 10:00'), ctx);
    expect(show(after)).toBe('2026-11-25 11:00');
  });

  it('moves nothing for a pause outside working time', () => {
    const due = sh('2026-11-30 17:30');
    expect(show(resumeDue(due, sh('2026-11-27 17:40'), sh('2026-11-30 08:00'), ctx))).toBe('2026-11-30 17:30');
  });

  it('does not rescue an entry that was already overdue when paused', () => {
    const due = sh('2026-11-24 17:30');
    expect(show(resumeDue(due, sh('2026-11-25 09:00'), sh('2026-11-26 09:00'), ctx))).toBe('2026-11-24 17:30');
  });

  it('counts pauses across the Spring Festival make-up Saturday', () => {
    // Paused Friday 02-13 15:30, resumed Tuesday 02-24 09:30: 2 h + Saturday 02-14 (9 h) + 1 h.
    expect(pausedWorkingTime(sh('2026-02-13 15:30'), sh('2026-02-24 09:30'), ctx)).toBe(12 * HOUR);
  });
});
