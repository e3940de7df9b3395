// Reporting periods as half-open instant ranges [from, to), cut on the
// Asia/Shanghai calendar whatever the machine's zone.
import { fromWall, toWall } from '../time/shanghai';

export interface Period {
  from: Date;
  to: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function thisMonth(now: Date = new Date()): Period {
  const w = toWall(now);
  return { from: fromWall(w.year, w.month, 1), to: fromWall(w.year, w.month + 1, 1) };
}

export function lastMonth(now: Date = new Date()): Period {
  const w = toWall(now);
  return { from: fromWall(w.year, w.month - 1, 1), to: fromWall(w.year, w.month, 1) };
}

export function thisYear(now: Date = new Date()): Period {
  const { year } = toWall(now);
  return { from: fromWall(year, 1, 1), to: fromWall(year + 1, 1, 1) };
}

/** From the start of `firstDay` to the end of `lastDay` (both `YYYY-MM-DD`, inclusive). */
export function customPeriod(firstDay: string, lastDay: string): Period {
  const a = parseDay(firstDay);
  const b = parseDay(lastDay);
  const from = fromWall(a[0], a[1], a[2]);
  const to = fromWall(b[0], b[1], b[2] + 1);
  if (to.getTime() <= from.getTime()) throw new RangeError(`结束日期早于开始日期：${firstDay} — ${lastDay}`);
  return { from, to };
}

function parseDay(day: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** `2026-03` for the Shanghai calendar month of an ISO timestamp. */
export function monthKeyOf(iso: string): string {
  // Fast path: a `+08:00` timestamp already carries the Shanghai wall-clock date.
  if (iso.endsWith('+08:00')) return iso.slice(0, 7);
  const w = toWall(Date.parse(iso));
  return `${w.year}-${pad(w.month)}`;
}

/** Every month key the period touches, in order. */
export function monthsOf(period: Period): string[] {
  const keys: string[] = [];
  const start = toWall(period.from);
  const last = toWall(period.to.getTime() - 1);
  let y = start.year;
  let m = start.month;
  while (y < last.year || (y === last.year && m <= last.month)) {
    keys.push(`${y}-${pad(m)}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return keys;
}
