import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listenForMessages } from './router';
import { refreshBadge } from './badge';
import { ensureSettings, followSettingsChanges } from './settings';
import { setupReminders } from './reminders';
import { reportError } from './report-error';
import { setupCalendarData } from './calendar-refresh';

export default defineBackground(() => {
  setupCalendarData();
  listenForMessages();
  followSettingsChanges();
  setupReminders();
  browser.runtime.onStartup.addListener(() => void refreshBadge().catch(reportError));
  ensureSettings()
    .then(() => refreshBadge())
    .catch(reportError);
});
