import { browser } from 'wxt/browser';
import { SETTINGS_REPAIR_KEY } from './keys';
import { toShanghaiISO } from '../time/shanghai';

/** What the background repaired in the stored settings, kept until the user dismisses it on the dashboard. */
export interface SettingsRepairNotice {
  at: string;
  problems: string[];
}

export async function recordSettingsRepair(problems: string[], at = new Date()): Promise<void> {
  const notice: SettingsRepairNotice = { at: toShanghaiISO(at), problems };
  await browser.storage.local.set({ [SETTINGS_REPAIR_KEY]: notice });
}

export async function settingsRepairNotice(): Promise<SettingsRepairNotice | null> {
  const got = await browser.storage.local.get(SETTINGS_REPAIR_KEY);
  return (got[SETTINGS_REPAIR_KEY] as SettingsRepairNotice | undefined) ?? null;
}

export async function dismissSettingsRepair(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_REPAIR_KEY);
}
