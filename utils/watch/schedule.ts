// When the background watch runs: every `intervalMinutes` within its hours on working days,
// or around the clock when the user says so.
import type { Settings } from '../settings/types';
import type { WorkCalendar } from '../deadline/calendar';
import { atClock } from '../deadline/working-time';
import { dayKey } from '../time/shanghai';

export type WatchSettings = Settings['watch'];

export function inWatchHours(now: Date, watch: WatchSettings, calendar: WorkCalendar): boolean {
  if (watch.anyTime) return true;
  const key = dayKey(now);
  if (!calendar.isWorkingDay(key)) return false;
  return now >= atClock(key, watch.start) && now < atClock(key, watch.end);
}

/** The next round after one at `now`: one interval later, or the start of the next watch hours. */
export function nextRoundAt(now: Date, watch: WatchSettings, calendar: WorkCalendar): Date {
  const next = new Date(now.getTime() + watch.intervalMinutes * 60_000);
  if (inWatchHours(next, watch, calendar)) return next;
  const today = dayKey(next);
  if (calendar.isWorkingDay(today) && next < atClock(today, watch.start)) return atClock(today, watch.start);
  return atClock(calendar.nextWorkingDay(today), watch.start);
}
