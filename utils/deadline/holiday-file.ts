// A holiday data file the user loads (or the office serves): the `chinese-days` JSON format or an
// ICS calendar, checked strictly before anything is stored. docs/calendar-files.md lists what
// is accepted.
import { t } from '../i18n';
import { parseDayKey } from './day-key';
import { coveredYears, yearOf, type HolidayData } from './holiday-data';
import { daysFromChineseDaysJson } from './chinese-days-json';
import { daysFromIcs } from './ics-days';
import { FileProblems } from './file-problems';

/** Checked before a file or a response body is read. The package's own data for 23 years is 37 kB. */
export const MAX_CALENDAR_BYTES = 1_000_000;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
/** More than this in one year is not a holiday schedule (2020, with its extended Spring Festival, had 33 days off). */
const MAX_DAYS_OFF_PER_YEAR = 100;
const MAX_WORKDAYS_PER_YEAR = 30;
const MAX_NAME_CHARS = 60;

/** One day as a file gives it; `where` tells the user where in the file it came from. */
export interface FileDay {
  day: string;
  kind: 'off' | 'work';
  name: string;
  where: string;
}

export class HolidayFileError extends Error {}

function checkedData(days: FileDay[], problems: FileProblems): HolidayData {
  const data: HolidayData = { holidays: {}, workdays: {} };
  const perYear = new Map<string, number>();
  for (const { day, kind, name, where } of days) {
    try {
      parseDayKey(day);
    } catch {
      problems.add(t('calFileBadDay', where, day));
      continue;
    }
    const year = yearOf(day);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      problems.add(t('calFileOutOfRange', where, day, FIRST_YEAR, LAST_YEAR));
      continue;
    }
    if (name.length > MAX_NAME_CHARS) problems.add(t('calFileLongName', where, MAX_NAME_CHARS));
    const [mine, other] = kind === 'off' ? [data.holidays, data.workdays] : [data.workdays, data.holidays];
    if (other[day] !== undefined) problems.add(t('calFileBoth', day));
    if (mine[day] === undefined) perYear.set(`${kind}${year}`, (perYear.get(`${kind}${year}`) ?? 0) + 1);
    mine[day] = name;
  }
  for (const [slot, count] of perYear) {
    const off = slot.startsWith('off');
    const max = off ? MAX_DAYS_OFF_PER_YEAR : MAX_WORKDAYS_PER_YEAR;
    if (count > max) problems.add(t(off ? 'calFileTooManyOff' : 'calFileTooManyWork', slot.slice(-4), count, max));
  }
  if (problems.count === 0 && coveredYears(data).size === 0) problems.add(t('calFileNoYear'));
  return data;
}

/** The holiday data in `text`, or a HolidayFileError naming the first few problems. */
export function readHolidayText(text: string): HolidayData {
  const body = text.replace(/^\uFEFF/, '').trim();
  const problems = new FileProblems();
  let days: FileDay[] = [];
  if (body.startsWith('{')) days = daysFromChineseDaysJson(body, problems);
  else if (/^BEGIN:VCALENDAR/i.test(body)) days = daysFromIcs(body, problems);
  else throw new HolidayFileError(t('calFileUnknownFormat'));
  const data = checkedData(days, problems);
  if (problems.count) throw new HolidayFileError(problems.summary());
  return data;
}

export function sizeProblem(bytes: number): string | null {
  return bytes > MAX_CALENDAR_BYTES ? t('calFileTooBig', Math.ceil(bytes / 1000), MAX_CALENDAR_BYTES / 1000) : null;
}

/** A file the user picked: its size is checked before a byte of it is read. */
export async function readHolidayFile(file: Blob): Promise<HolidayData> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) throw new HolidayFileError(tooBig);
  return readHolidayText(await file.text());
}
