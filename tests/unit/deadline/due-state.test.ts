import { describe, expect, it } from 'vitest';
import { dueState } from '../../../utils/deadline/sla';
import { sh } from './helpers';

describe('dueState', () => {
  it.each([
    ['2026-11-24 17:30', '2026-11-24 17:31', 'overdue'],
    ['2026-11-24 17:30', '2026-11-24 17:30', 'due_soon'],
    ['2026-11-24 17:30', '2026-11-24 15:30', 'due_soon'],
    ['2026-11-24 17:30', '2026-11-24 15:29', 'today'],
    ['2026-11-24 17:30', '2026-11-24 08:00', 'today'],
    ['2026-11-25 17:30', '2026-11-24 23:00', 'later'],
    ['2026-11-25 00:30', '2026-11-24 23:00', 'due_soon'],
    ['2026-11-26 17:30', '2026-11-24 09:00', 'later'],
    ['2026-11-20 17:30', '2026-11-24 09:00', 'overdue'],
  ])('due %s, now %s → %s', (due, now, state) => {
    expect(dueState(sh(due), sh(now))).toBe(state);
  });

  it('reads the ISO strings stored in the ledger', () => {
    expect(dueState('2026-11-24T17:30:00+08:00', sh('2026-11-24 16:00'))).toBe('due_soon');
    expect(dueState('2026-11-24T17:30:00+08:00', sh('2026-11-24 17:30:01'))).toBe('overdue');
  });

  it('judges "today" by the Shanghai date, not UTC', () => {
    // 07:00 and 10:00 Shanghai on the same day are on different UTC days.
    expect(dueState(sh('2026-11-24 10:00'), sh('2026-11-24 07:00'))).toBe('today');
  });

  it('takes a different warning window', () => {
    expect(dueState(sh('2026-11-24 17:30'), sh('2026-11-24 16:40'), 30 * 60_000)).toBe('today');
  });
});
