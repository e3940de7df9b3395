// Loaded holiday data and the office's refresh address, in browser.storage.local under their own
// keys (the settings stay small: the content script reads them at every page).
import { browser } from 'wxt/browser';
import { setLoadedHolidays } from './active-holidays';
import type { HolidayData } from './holiday-data';

export const LOADED_CALENDAR_KEY = 'loadedCalendar';
export const CALENDAR_REFRESH_KEY = 'calendarRefresh';

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
  return asLoaded((await browser.storage.local.get(LOADED_CALENDAR_KEY))[LOADED_CALENDAR_KEY]);
}

export async function saveLoadedCalendar(loaded: LoadedCalendar | null): Promise<void> {
  if (loaded) await browser.storage.local.set({ [LOADED_CALENDAR_KEY]: loaded });
  else await browser.storage.local.remove(LOADED_CALENDAR_KEY);
}

export async function loadCalendarRefresh(): Promise<CalendarRefresh> {
  const stored = (await browser.storage.local.get(CALENDAR_REFRESH_KEY))[CALENDAR_REFRESH_KEY];
  return isObject(stored) ? { ...NO_REFRESH, ...(stored as Partial<CalendarRefresh>) } : NO_REFRESH;
}

export async function saveCalendarRefresh(patch: Partial<CalendarRefresh>): Promise<void> {
  await browser.storage.local.set({ [CALENDAR_REFRESH_KEY]: { ...(await loadCalendarRefresh()), ...patch } });
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
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && LOADED_CALENDAR_KEY in changes) install(asLoaded(changes[LOADED_CALENDAR_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  void loadLoadedCalendar().then(install);
  return () => browser.storage.onChanged.removeListener(listener);
}
