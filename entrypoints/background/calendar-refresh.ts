import { browser } from 'wxt/browser';
import { followLoadedHolidays, loadCalendarRefresh } from '@/utils/deadline/calendar-store';
import { refreshFromAddress } from '@/utils/deadline/calendar-address';
import { schedulePatrol } from './reminders';
import { reportError } from './report-error';

const ALARM = 'fw-calendar-refresh';
const DAY_MINUTES = 24 * 60;

async function refreshFromOffice(): Promise<void> {
  const { address } = await loadCalendarRefresh();
  if (address) await refreshFromAddress(address);
}

/**
 * Deadlines worked out here use the loaded holiday data; the office's address, when set, is
 * fetched once a day. Called at worker start, so the stored data is read before any message is
 * handled (storage reads complete in the order they were made).
 */
export function setupCalendarData(): void {
  let first = true;
  followLoadedHolidays(() => {
    // Patrol reminders skip days off: a new calendar can move the next one.
    if (!first) schedulePatrol().catch(reportError);
    first = false;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) refreshFromOffice().catch(reportError);
  });
  browser.alarms
    .get(ALARM)
    .then(async (existing) => {
      if (!existing) await browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
    })
    .catch(reportError);
}
