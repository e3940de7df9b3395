import { settingsRepairItem } from '../storage/items';
import { toShanghaiISO } from '../time/shanghai';

/** What the background repaired in the stored settings, kept until the user dismisses it on the dashboard. */
export interface SettingsRepairNotice {
  at: string;
  problems: string[];
}

export async function recordSettingsRepair(problems: string[], at = new Date()): Promise<void> {
  await settingsRepairItem.setValue({ at: toShanghaiISO(at), problems });
}

export function settingsRepairNotice(): Promise<SettingsRepairNotice | null> {
  return settingsRepairItem.getValue();
}

export async function dismissSettingsRepair(): Promise<void> {
  await settingsRepairItem.removeValue();
}
