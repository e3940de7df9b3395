import { describe, expect, it } from 'vitest';
import { customPeriod, lastMonth, monthKeyOf, monthsOf, thisMonth, thisYear } from '@/utils/stats/period';
import { percentile } from '@/utils/stats/percentile';

// 2026-01-01 00:30 in Shanghai is still 2025-12-31 in UTC.
const NEW_YEAR_NIGHT = new Date('2025-12-31T16:30:00Z');

describe('periods on the Shanghai calendar', () => {
  it('this month, last month and this year follow Shanghai, not UTC', () => {
    expect(thisMonth(NEW_YEAR_NIGHT)).toEqual({ from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-01-31T16:00:00Z') });
    expect(lastMonth(NEW_YEAR_NIGHT)).toEqual({ from: new Date('2025-11-30T16:00:00Z'), to: new Date('2025-12-31T16:00:00Z') });
    expect(thisYear(NEW_YEAR_NIGHT)).toEqual({ from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
  });

  it('a custom period runs from the first day to the end of the last day', () => {
    const p = customPeriod('2026-03-01', '2026-03-31');
    expect(p.from.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(monthsOf(p)).toEqual(['2026-03']);
    expect(() => customPeriod('2026-03-05', '2026-03-01')).toThrow('结束日期早于开始日期');
    expect(() => customPeriod('2026/03/05', '2026-03-01')).toThrow('YYYY-MM-DD');
  });

  it('lists the months a period touches across a year end', () => {
    expect(monthsOf(customPeriod('2025-11-15', '2026-02-01'))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('month keys of timestamps in any zone are Shanghai months', () => {
    expect(monthKeyOf('2026-02-28T16:30:00Z')).toBe('2026-03');
    expect(monthKeyOf('2026-03-01T00:30:00+08:00')).toBe('2026-03');
    expect(monthKeyOf('2026-03-31T20:00:00-05:00')).toBe('2026-04');
  });
});

describe('percentile', () => {
  it('interpolates between ranks like PERCENTILE.INC', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([0, 10], 0.9)).toBeCloseTo(9, 9);
  });
});
