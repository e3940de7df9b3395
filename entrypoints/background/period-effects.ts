// Sensitive periods (敏感时期) in the worker: what today's active periods change, for deadlines
// worked out here and, through storage, for forum pages, which carry no working-day calendar.
import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/settings/types';
import { onSettingsChanged } from '@/utils/settings/store';
import { loadedCalendarItem, periodEffectsItem } from '@/utils/storage/items';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { activePeriods, periodEffects, type PeriodEffects } from '@/utils/warning/periods';
import { dayKey, fromWall, toWall } from '@/utils/time/shanghai';
import { currentSettings } from './settings-cache';
import { reportError } from './report-error';

const ALARM = 'fw-period-day';
const DAY_MINUTES = 24 * 60;

/** The effects of the periods active at `now` (Shanghai day), under these settings and the loaded calendar; for any worker code. */
export function periodEffectsAt(settings: Settings, now = new Date()): PeriodEffects {
  return periodEffects(activePeriods(settings.warning.periods, dayKey(now), new WorkCalendar(settings.calendar)));
}

async function storeEffects(settings?: Settings): Promise<void> {
  const now = new Date();
  await periodEffectsItem.setValue({ day: dayKey(now), effects: periodEffectsAt(settings ?? (await currentSettings()), now) });
}

/** The next Shanghai midnight, a second after, so the alarm's day is the new one. */
function nextDayStart(now = new Date()): number {
  const w = toWall(now);
  return fromWall(w.year, w.month, w.day + 1, 0, 0, 1).getTime();
}

/** Stores today's effects now, whenever settings or the loaded calendar change, and at each day's start. */
export function setupPeriodEffects(): void {
  storeEffects().catch(reportError);
  onSettingsChanged((settings) => storeEffects(settings).catch(reportError));
  loadedCalendarItem.watch(() => storeEffects().catch(reportError));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) storeEffects().catch(reportError);
  });
  browser.alarms.create(ALARM, { when: nextDayStart(), periodInMinutes: DAY_MINUTES }).catch(reportError);
}
