import { browser } from 'wxt/browser';

/** What the background stores under SETTINGS_CHECKED_KEY once it has checked the settings. */
export const runningVersion = (): string => browser.runtime.getManifest().version;
