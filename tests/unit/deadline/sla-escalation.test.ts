import { describe, expect, it } from 'vitest';
import { escalationDue, followUpDue } from '../../../utils/deadline/sla';
import { context, sh, show } from './helpers';

describe('escalation: reply by the end of the 3rd working day after', () => {
  const ctx = context();

  it.each([
    ['2026-11-24 10:00', '2026-11-27 17:30', 'Tuesday → Friday'],
    ['2026-11-27 10:00', '2026-12-02 17:30', 'Friday: across the weekend'],
    ['2026-11-28 15:00', '2026-12-02 17:30', 'escalated on a Saturday'],
    ['2026-09-29 15:00', '2026-10-09 17:30', 'across National Day'],
    ['2026-09-30 15:00', '2026-10-10 17:30', 'lands on the make-up Saturday'],
    ['2026-02-12 09:00', '2026-02-24 17:30', 'across Spring Festival'],
  ])('escalated %s → due %s (%s)', (at, due) => {
    expect(show(escalationDue(sh(at), ctx))).toBe(due);
  });

  it('uses the configured number of days', () => {
    expect(show(escalationDue(sh('2026-11-24 10:00'), context({ escalationDays: 5 })))).toBe('2026-12-01 17:30');
  });
});

describe('follow-up due dates for promised fixes', () => {
  const ctx = context();

  it('ends on the promised day', () => {
    expect(show(followUpDue({ onDay: '2026-12-10' }, ctx))).toBe('2026-12-10 17:30');
    expect(show(followUpDue({ onDay: '2026-10-03' }, ctx))).toBe('2026-10-03 17:30');
  });

  it('counts working days from a date', () => {
    expect(show(followUpDue({ workingDays: 5, from: sh('2026-09-28 11:00') }, ctx))).toBe('2026-10-10 17:30');
    expect(show(followUpDue({ workingDays: 1, from: sh('2026-11-27 16:00') }, ctx))).toBe('2026-11-30 17:30');
  });

  it('rejects a malformed promised day', () => {
    expect(() => followUpDue({ onDay: '2026/12/10' }, ctx)).toThrow(RangeError);
  });
});
