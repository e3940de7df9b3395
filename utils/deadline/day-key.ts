// Calendar-day keys (`YYYY-MM-DD`, a day in Asia/Shanghai). Arithmetic goes through the
// Shanghai helpers so the machine's own time zone never shifts a day.
import { dayKey, fromWall, toWall } from '../time/shanghai';

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

export function parseDayKey(key: string): DayParts {
  const m = DAY_KEY.exec(key);
  if (m) {
    const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (dayKey(fromWall(parts.year, parts.month, parts.day)) === key) return parts;
  }
  throw new RangeError(`日期应写成 YYYY-MM-DD（如 2026-10-08），收到：${key}`);
}

export function shiftDayKey(key: string, days: number): string {
  const { year, month, day } = parseDayKey(key);
  return dayKey(fromWall(year, month, day + days));
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(key: string): number {
  const { year, month, day } = parseDayKey(key);
  return toWall(fromWall(year, month, day)).weekday;
}
