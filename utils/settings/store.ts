import { browser } from 'wxt/browser';
import type { Settings } from './types';
import { SETTINGS_KEY } from './keys';
import { repairSettings } from './repair';

export { RULES_KEY, SETTINGS_KEY } from './keys';

/** The stored settings, with any damaged section read as its default (the background stores the repair at start-up). */
export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return repairSettings(got[SETTINGS_KEY]).settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `fn` with the new settings whenever they change (from any page). */
export function onSettingsChanged(fn: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[SETTINGS_KEY]?.newValue) fn(repairSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
