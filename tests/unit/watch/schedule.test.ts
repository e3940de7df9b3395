import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { inWatchHours, nextRoundAt, type WatchSettings } from '@/utils/watch/schedule';

const watch: WatchSettings = { intervalMinutes: 30, start: '08:30', end: '17:30', anyTime: false, daysAfterReply: 14, boards: [], boardKinds: {} };
const calendar = new WorkCalendar();
const at = (iso: string) => new Date(iso);

describe('when the watch runs', () => {
  it('within the hours on working days only, unless set to any time', () => {
    expect(inWatchHours(at('2026-12-01T10:00:00+08:00'), watch, calendar)).toBe(true);
    expect(inWatchHours(at('2026-12-01T08:00:00+08:00'), watch, calendar)).toBe(false);
    expect(inWatchHours(at('2026-12-01T17:30:00+08:00'), watch, calendar)).toBe(false);
    // National Day holiday and a Sunday.
    expect(inWatchHours(at('2026-10-02T10:00:00+08:00'), watch, calendar)).toBe(false);
    expect(inWatchHours(at('2026-12-06T10:00:00+08:00'), watch, calendar)).toBe(false);
    expect(inWatchHours(at('2026-12-06T23:00:00+08:00'), { ...watch, anyTime: true }, calendar)).toBe(true);
  });

  it('the next round is one interval later, or the start of the next working day', () => {
    expect(nextRoundAt(at('2026-12-01T10:00:00+08:00'), watch, calendar)).toEqual(at('2026-12-01T10:30:00+08:00'));
    expect(nextRoundAt(at('2026-12-01T07:00:00+08:00'), watch, calendar)).toEqual(at('2026-12-01T08:30:00+08:00'));
    // Friday evening → Monday morning.
    expect(nextRoundAt(at('2026-12-04T17:10:00+08:00'), watch, calendar)).toEqual(at('2026-12-07T08:30:00+08:00'));
  });
});
