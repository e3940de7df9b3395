import { browser } from 'wxt/browser';
import { loadSettings, onSettingsChanged, RULES_KEY, saveSettings, SETTINGS_KEY } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/types';
import { compileRules } from '@/utils/matching/compile';
import { expandVariants } from '@/utils/matching/variants';
import { syncSiteScripts } from './site-scripts';

/**
 * The content script reads compiled rules, never raw topics: Traditional and
 * full-width variants are expanded here, once per configuration change, so
 * the forum pages carry no conversion dictionaries.
 */
async function storeRules(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [RULES_KEY]: compileRules(settings.topics, expandVariants) });
}

export async function ensureSettings(): Promise<void> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, RULES_KEY]);
  const settings = await loadSettings();
  if (!stored[SETTINGS_KEY]) await saveSettings(settings);
  if (!stored[RULES_KEY]) await storeRules(settings);
}

export function followSettingsChanges(): void {
  onSettingsChanged((settings) => {
    void storeRules(settings);
    void syncSiteScripts(settings.sites);
  });
}
