import type { Settings } from './types';
import { settingsItem } from '../storage/items';
import { repairSettings } from './repair';

/** The stored settings, validated: any damaged section reads as its default (the background stores the repair at start-up). */
export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue() ?? undefined).settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Calls `fn` with the new settings, validated, whenever they change (from any page). */
export function onSettingsChanged(fn: (settings: Settings) => void): () => void {
  return settingsItem.watch((settings) => {
    if (settings) fn(repairSettings(settings).settings);
  });
}
