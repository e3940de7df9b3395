import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listenForMessages } from './router';
import { refreshBadge } from './badge';
import { ensureSettings, followSettingsChanges } from './settings';
import { setupReminders } from './reminders';
import { reportError } from './report-error';
import { setupCalendarData } from './calendar-refresh';
import { setupContextMenu } from './context-menu';
import { openWelcomeOnInstall } from './install';

export default defineBackground(() => {
  openWelcomeOnInstall();
  setupCalendarData();
  listenForMessages();
  followSettingsChanges();
  setupReminders();
  setupContextMenu();
  browser.runtime.onStartup.addListener(() => void refreshBadge().catch(reportError));
  ensureSettings()
    .then(() => refreshBadge())
    .catch(reportError);
});
