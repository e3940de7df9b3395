// Chinese working days: official public holidays and adjusted working days (调休) from the
// holiday data the user loaded (newer than the package), else the `chinese-days` package's own
// data, plus the user's own overrides, which win.
import type { Settings } from '../settings/types';
import { dayKey } from '../time/shanghai';
import { loadedHolidays } from './active-holidays';
import { BUILT_IN, BUILT_IN_YEARS, coveredYears, dayStatus, yearOf, type HolidayData } from './holiday-data';
import { parseDayKey, shiftDayKey, weekdayOf } from './day-key';
import { DAY_MS } from '../time/units';

export type CalendarOverrides = Settings['calendar'];

/** A year without a working day in it means the overrides are broken; stop looking then. */
const MAX_SCAN_DAYS = 366;

export class WorkCalendar {
  private readonly extraHolidays: ReadonlySet<string>;
  private readonly extraWorkdays: ReadonlySet<string>;
  private readonly loaded: HolidayData | null;
  private readonly loadedYears: ReadonlySet<number>;
  private readonly cache = new Map<string, boolean>();

  constructor(overrides: CalendarOverrides = { extraHolidays: [], extraWorkdays: [] }, loaded = loadedHolidays()) {
    this.extraHolidays = new Set(overrides.extraHolidays);
    this.extraWorkdays = new Set(overrides.extraWorkdays);
    this.loaded = loaded;
    this.loadedYears = loaded ? coveredYears(loaded) : new Set();
  }

  /**
   * Whether the Shanghai calendar day `key` (YYYY-MM-DD) is a working day. An extra working
   * day beats an extra holiday given for the same date (the stricter deadline); both beat the
   * official data; for a year without official data Monday to Friday are working days. For a
   * year the loaded data covers, the built-in data no longer counts (the loaded one may correct it).
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

  /** Whether there is official holiday data for `year`. Without it Monday–Friday is assumed. */
  coverage(year: number): boolean {
    return this.loadedYears.has(year) || BUILT_IN_YEARS.has(year);
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

  /** The public holiday's name (国庆节…) when `key` is one of its days off, else null; 调休 working days are not. */
  holidayName(key: string): string | null {
    if (this.isWorkingDay(key)) return null;
    if (this.extraHolidays.has(key)) return '自定休息日';
    const data = this.loaded && (this.loaded.holidays[key] !== undefined || this.loadedYears.has(yearOf(key))) ? this.loaded : BUILT_IN;
    // The data writes 'National Day,国庆节,3': English name, Chinese name, days off.
    const entry = data.holidays[key];
    return entry === undefined ? null : (entry.split(',')[1] ?? entry);
  }

  private lookUp(key: string): boolean {
    const { year } = parseDayKey(key);
    if (this.extraWorkdays.has(key)) return true;
    if (this.extraHolidays.has(key)) return false;
    const status = this.officialStatus(key, year);
    if (status) return status === 'work';
    const weekday = weekdayOf(key);
    return weekday >= 1 && weekday <= 5;
  }

  private officialStatus(key: string, year: number): 'work' | 'off' | undefined {
    const loaded = this.loaded ? dayStatus(this.loaded, key) : undefined;
    if (loaded || this.loadedYears.has(year)) return loaded;
    return dayStatus(BUILT_IN, key);
  }
}
