import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listenForMessages } from './router';
import { followBadgeScope } from './follow-badge-scope';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { ensureSettings, followSettingsChanges } from './settings';
import { setupReminders } from './reminders';
import { reportError } from './report-error';
import { setupCalendarData } from './calendar-refresh';
import { setupContextMenu } from './context-menu';
import { openWelcomeOnInstall } from './install';
import { setupTeamSync } from './team-sync';
import { setupWatch } from './watch/alarm';
import { setupPeriodEffects } from './period-effects';
import { setupUrgentNotices } from './urgent-notice';

export default defineBackground(() => {
  openWelcomeOnInstall();
  setupCalendarData();
  listenForMessages();
  followSettingsChanges();
  followBadgeScope();
  setupReminders();
  setupContextMenu();
  setupTeamSync();
  setupWatch();
  // After setupCalendarData: a newly loaded calendar is installed before the periods are read again.
  setupPeriodEffects();
  setupUrgentNotices();
  browser.runtime.onStartup.addListener(() => void refreshBadge().catch(reportError));
  ensureSettings()
    .then(() => refreshBadge())
    .catch(reportError);
});
