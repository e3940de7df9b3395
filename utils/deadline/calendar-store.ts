// Loaded holiday data and the office's refresh address, in browser.storage.local under their own
// keys (the settings stay small: the content script reads them at every page).
import { calendarRefreshItem, loadedCalendarItem } from '../storage/items';
import { setLoadedHolidays } from './active-holidays';
import type { HolidayData } from './holiday-data';

export interface LoadedCalendar {
  data: HolidayData;
  /** A file name, or the address it was fetched from. */
  source: { kind: 'file' | 'address'; name: string };
  /** ISO 8601 */
  loadedAt: string;
}

export interface CalendarRefresh {
  /** The office's http(s) address of a calendar file, or null. */
  address: string | null;
  /** The last refresh that failed since the last one that worked. */
  lastError: { message: string; at: string } | null;
}

export const NO_REFRESH: CalendarRefresh = { address: null, lastError: null };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** What storage holds, or null for anything not of the stored shape (then the built-in data is used). */
function asLoaded(value: unknown): LoadedCalendar | null {
  if (!isObject(value) || !isObject(value.data) || !isObject(value.source)) return null;
  return isObject(value.data.holidays) && isObject(value.data.workdays) ? (value as unknown as LoadedCalendar) : null;
}

export async function loadLoadedCalendar(): Promise<LoadedCalendar | null> {
  return asLoaded(await loadedCalendarItem.getValue());
}

export async function saveLoadedCalendar(loaded: LoadedCalendar | null): Promise<void> {
  if (loaded) await loadedCalendarItem.setValue(loaded);
  else await loadedCalendarItem.removeValue();
}

export async function loadCalendarRefresh(): Promise<CalendarRefresh> {
  const stored = await calendarRefreshItem.getValue();
  return isObject(stored) ? { ...NO_REFRESH, ...stored } : NO_REFRESH;
}

export async function saveCalendarRefresh(patch: Partial<CalendarRefresh>): Promise<void> {
  await calendarRefreshItem.setValue({ ...(await loadCalendarRefresh()), ...patch });
}

/**
 * Installs the loaded holiday data for this page or worker and keeps it current; `onChange`
 * hears it once read and at every change. Returns the unsubscribe function.
 */
export function followLoadedHolidays(onChange?: (loaded: LoadedCalendar | null) => void): () => void {
  const install = (loaded: LoadedCalendar | null) => {
    setLoadedHolidays(loaded?.data ?? null);
    onChange?.(loaded);
  };
  const stop = loadedCalendarItem.watch((value) => install(asLoaded(value)));
  void loadLoadedCalendar().then(install);
  return stop;
}
