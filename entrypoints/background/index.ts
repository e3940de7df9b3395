import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listenForMessages } from './router';
import { refreshBadge } from './badge';
import { ensureSettings, followSettingsChanges } from './settings';
import { setupReminders } from './reminders';

export default defineBackground(() => {
  listenForMessages();
  followSettingsChanges();
  setupReminders();
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  void ensureSettings().then(() => refreshBadge());
});
