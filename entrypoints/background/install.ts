import { browser } from 'wxt/browser';
import { STORE_BUILD } from '@/utils/build-kind';
import { reportError } from './report-error';

/**
 * Opens the first-run page when the extension is installed. Development and test builds start with
 * the demo forum instead (`npm start`, the end-to-end tests), so only store packages open it.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (STORE_BUILD && reason === 'install') browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(reportError);
  });
}
