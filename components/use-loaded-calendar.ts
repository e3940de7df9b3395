import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  CALENDAR_REFRESH_KEY,
  followLoadedHolidays,
  loadCalendarRefresh,
  NO_REFRESH,
  type CalendarRefresh,
  type LoadedCalendar,
} from '@/utils/deadline/calendar-store';

/**
 * The loaded holiday data and the refresh address with its last error, live from storage;
 * `ready` once the data has been read (a warning about missing years waits for it).
 */
export function useLoadedCalendar(): { ready: boolean; loaded: LoadedCalendar | null; refresh: CalendarRefresh } {
  const [loaded, setLoaded] = useState<LoadedCalendar | null | undefined>(undefined);
  const [refresh, setRefresh] = useState<CalendarRefresh>(NO_REFRESH);
  useEffect(() => {
    void loadCalendarRefresh().then(setRefresh);
    const stopLoaded = followLoadedHolidays(setLoaded);
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CALENDAR_REFRESH_KEY in changes) void loadCalendarRefresh().then(setRefresh);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      stopLoaded();
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return { ready: loaded !== undefined, loaded: loaded ?? null, refresh };
}
