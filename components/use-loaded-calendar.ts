import { useEffect, useState } from 'preact/hooks';
import { calendarRefreshItem } from '@/utils/storage/items';
import {
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
    const stopRefresh = calendarRefreshItem.watch(() => void loadCalendarRefresh().then(setRefresh));
    return () => {
      stopLoaded();
      stopRefresh();
    };
  }, []);
  return { ready: loaded !== undefined, loaded: loaded ?? null, refresh };
}
