// Official holiday data: days off (including the weekend days inside a holiday) and weekend days
// that are working days (调休上班), keyed by Shanghai calendar day (YYYY-MM-DD) → holiday name.
import builtInData from 'chinese-days/dist/chinese-days.json';

export interface HolidayData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export const yearOf = (key: string) => Number(key.slice(0, 4));

/**
 * Years the data covers in full. New Year's Day is a day off every year, so a year counts only
 * when its 1 January is listed: a holiday that merely reaches into a year (31 December of the
 * next year's New Year break) does not make that year known.
 */
export function coveredYears(data: HolidayData): Set<number> {
  return new Set(
    Object.keys(data.holidays)
      .filter((key) => key.endsWith('-01-01'))
      .map(yearOf),
  );
}

/** What the data says about one day: a working day, a day off, or nothing. */
export function dayStatus(data: HolidayData, key: string): 'work' | 'off' | undefined {
  if (data.workdays[key] !== undefined) return 'work';
  if (data.holidays[key] !== undefined) return 'off';
  return undefined;
}

/**
 * The data shipped with the `chinese-days` package (its functions build their tables in the
 * machine's local time, so they answer for the wrong day west of UTC; the JSON is zone-free).
 */
export const BUILT_IN: HolidayData = { holidays: builtInData.holidays, workdays: builtInData.workdays };

export const BUILT_IN_YEARS: ReadonlySet<number> = coveredYears(BUILT_IN);
