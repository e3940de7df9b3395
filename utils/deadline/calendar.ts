// Chinese working days: official public holidays and adjusted working days (调休) from the
// `chinese-days` package, plus the user's own overrides, which win.
//
// The package's functions (isWorkday, …) build their date tables with the machine's local
// time, so on a machine west of UTC they answer for the wrong day. Its published JSON data is
// zone-free, so the calendar reads that instead.
import officialData from 'chinese-days/dist/chinese-days.json';
import type { Settings } from '../settings/types';
import { dayKey } from '../time/shanghai';
import { parseDayKey, shiftDayKey, weekdayOf } from './day-key';

export type CalendarOverrides = Settings['calendar'];

interface OfficialCalendar {
  /** Days off, including the weekend days inside a holiday. */
  holidays: Record<string, string>;
  /** Weekend days that are working days (调休上班). */
  workdays: Record<string, string>;
}

const OFFICIAL: OfficialCalendar = officialData;

const yearOf = (key: string) => Number(key.slice(0, 4));

/** Years the package has official data for: every such year lists at least New Year's Day. */
const OFFICIAL_YEARS: ReadonlySet<number> = new Set(
  [...Object.keys(OFFICIAL.holidays), ...Object.keys(OFFICIAL.workdays)].map(yearOf),
);

/** A year without a working day in it means the overrides are broken; stop looking then. */
const MAX_SCAN_DAYS = 366;
const DAY_MS = 86_400_000;

export class WorkCalendar {
  private readonly extraHolidays: ReadonlySet<string>;
  private readonly extraWorkdays: ReadonlySet<string>;
  private readonly cache = new Map<string, boolean>();

  constructor(overrides: CalendarOverrides = { extraHolidays: [], extraWorkdays: [] }) {
    this.extraHolidays = new Set(overrides.extraHolidays);
    this.extraWorkdays = new Set(overrides.extraWorkdays);
  }

  /**
   * Whether the Shanghai calendar day `key` (YYYY-MM-DD) is a working day. An extra working
   * day beats an extra holiday given for the same date (the stricter deadline); both beat the
   * official data; for a year without official data Monday to Friday are working days.
   */
  isWorkingDay(key: string): boolean {
    let working = this.cache.get(key);
    if (working === undefined) {
      working = this.lookUp(key);
      this.cache.set(key, working);
    }
    return working;
  }

  /** The first working day after `key` (never `key` itself). */
  nextWorkingDay(key: string): string {
    let day = key;
    for (let i = 0; i < MAX_SCAN_DAYS; i++) {
      day = shiftDayKey(day, 1);
      if (this.isWorkingDay(day)) return day;
    }
    throw new Error(`${key} 之后一年内没有工作日，请检查日历设置中的节假日`);
  }

  /**
   * The `n`-th working day after `key`, not counting `key` itself. With `n = 0`: `key` when it
   * is a working day, otherwise the next working day.
   */
  addWorkingDays(key: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数应为非负整数，收到：${n}`);
    if (n === 0) return this.isWorkingDay(key) ? key : this.nextWorkingDay(key);
    let day = key;
    for (let i = 0; i < n; i++) day = this.nextWorkingDay(day);
    return day;
  }

  /** Whether the package has official holiday data for `year`. Without it Monday–Friday is assumed. */
  coverage(year: number): boolean {
    return OFFICIAL_YEARS.has(year);
  }

  /**
   * Years without official data among the current Shanghai year and the year deadlines can
   * reach within `lookaheadDays`, for a "no holiday data for 2027" warning.
   */
  missingYears(now: Date | number, lookaheadDays = 60): number[] {
    const at = typeof now === 'number' ? now : now.getTime();
    const years = new Set([yearOf(dayKey(at)), yearOf(dayKey(at + lookaheadDays * DAY_MS))]);
    return [...years].filter((year) => !this.coverage(year));
  }

  private lookUp(key: string): boolean {
    const { year } = parseDayKey(key);
    if (this.extraWorkdays.has(key)) return true;
    if (this.extraHolidays.has(key)) return false;
    if (this.coverage(year)) {
      if (OFFICIAL.workdays[key] !== undefined) return true;
      if (OFFICIAL.holidays[key] !== undefined) return false;
    }
    const weekday = weekdayOf(key);
    return weekday >= 1 && weekday <= 5;
  }
}
