import { browser } from 'wxt/browser';

/** What the background stores in `settingsCheckedByItem` once it has checked the settings. */
export const runningVersion = (): string => browser.runtime.getManifest().version;
