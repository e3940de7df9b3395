// An alarm drives the watch's rounds: every `intervalMinutes`; a round outside the watch hours
// makes no request. The alarm's name is the round: an extension page may fire it early by
// creating it with an earlier `when`.
import { browser } from 'wxt/browser';
import { loadSettings, onSettingsChanged } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/types';
import { reportError } from '../report-error';
import { runWatchRound } from './round';

export const WATCH_ALARM = 'fw-watch';

/** A periodic alarm at the set interval; kept when it already runs at that interval. */
async function scheduleWatch(settings: Settings): Promise<void> {
  const minutes = settings.watch.intervalMinutes;
  const current = await browser.alarms.get(WATCH_ALARM);
  if (current?.periodInMinutes === minutes) return;
  await browser.alarms.create(WATCH_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

export function setupWatch(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== WATCH_ALARM) return;
    // A one-off alarm (fired early) gives way to the periodic one again after its round.
    void runWatchRound(false)
      .then(async () => scheduleWatch(await loadSettings()))
      .catch(reportError);
  });
  void loadSettings().then(scheduleWatch).catch(reportError);
  // Only a new interval reschedules: other settings changes keep an alarm fired early as it is.
  let minutes: number | null = null;
  onSettingsChanged((settings) => {
    if (settings.watch.intervalMinutes === minutes) return;
    minutes = settings.watch.intervalMinutes;
    void scheduleWatch(settings).catch(reportError);
  });
}
