// Working time: the hours between the start and end of the working day, on working days only.
// The working day is one span (a lunch break counts as working time).
import type { Settings } from '../settings/types';
import { dayKey, fromWall } from '../time/shanghai';
import type { WorkCalendar } from './calendar';
import { clockMinutes } from './clock';
import { parseDayKey, shiftDayKey } from './day-key';

export type WorkingHours = Settings['workingHours'];

interface Span {
  start: number;
  end: number;
}

/** The instant `clock` ('HH:MM') on the Shanghai calendar day `key`. */
export function atClock(key: string, clock: string): Date {
  const { year, month, day } = parseDayKey(key);
  return fromWall(year, month, day, 0, clockMinutes(clock));
}

/** The instant the working day ends on the Shanghai calendar day `key`. */
export function endOfWorkday(key: string, hours: WorkingHours): Date {
  return atClock(key, hours.end);
}

function workingSpan(key: string, hours: WorkingHours): Span {
  const span = { start: atClock(key, hours.start).getTime(), end: endOfWorkday(key, hours).getTime() };
  if (span.end <= span.start) {
    throw new RangeError(`下班时间（${hours.end}）应晚于上班时间（${hours.start}）`);
  }
  return span;
}

/** Milliseconds of working time between two instants (0 when `to` is not after `from`). */
export function workingTimeBetween(from: Date, to: Date, calendar: WorkCalendar, hours: WorkingHours): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  const lastKey = dayKey(b);
  let total = 0;
  for (let key = dayKey(a); key <= lastKey; key = shiftDayKey(key, 1)) {
    if (!calendar.isWorkingDay(key)) continue;
    const span = workingSpan(key, hours);
    total += Math.max(0, Math.min(b, span.end) - Math.max(a, span.start));
  }
  return total;
}

/** The instant when `ms` of working time has passed since `from` (`from` itself for 0). */
export function addWorkingTime(from: Date, ms: number, calendar: WorkCalendar, hours: WorkingHours): Date {
  if (!(ms >= 0)) throw new RangeError(`工作时长不能为负数：${ms}`);
  if (ms === 0) return from;
  let remaining = ms;
  let cursor = from.getTime();
  let key = dayKey(cursor);
  if (!calendar.isWorkingDay(key)) key = calendar.nextWorkingDay(key);
  for (;;) {
    const span = workingSpan(key, hours);
    const begin = Math.max(cursor, span.start);
    const available = span.end - begin;
    if (available > 0) {
      if (remaining <= available) return new Date(begin + remaining);
      remaining -= available;
    }
    key = calendar.nextWorkingDay(key);
  }
}
