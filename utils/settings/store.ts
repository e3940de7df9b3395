import { browser } from 'wxt/browser';
import type { Settings } from './types';
import { defaultSettings } from './defaults';
import { SETTINGS_KEY } from './keys';

export { RULES_KEY, SETTINGS_KEY } from './keys';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return (got[SETTINGS_KEY] as Settings | undefined) ?? defaultSettings();
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `fn` with the new settings whenever they change (from any page). */
export function onSettingsChanged(fn: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[SETTINGS_KEY]?.newValue) fn(changes[SETTINGS_KEY].newValue as Settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
