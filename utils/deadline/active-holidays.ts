// The holiday data loaded by the user (a newer file or the office's address), for every
// WorkCalendar built in this page or worker. Each extension context installs it once at start
// (calendar-store.ts `followLoadedHolidays`) and keeps it current from storage.
import type { HolidayData } from './holiday-data';

let loaded: HolidayData | null = null;

export function setLoadedHolidays(data: HolidayData | null): void {
  loaded = data;
}

export function loadedHolidays(): HolidayData | null {
  return loaded;
}
