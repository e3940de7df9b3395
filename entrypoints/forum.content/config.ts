import { browser } from 'wxt/browser';
import { readTogether } from '@/utils/storage/read-together';
import { compiledRulesItem, periodEffectsItem, settingsCheckedByItem, settingsItem } from '@/utils/storage/items';
import type { Settings } from '@/utils/settings/types';
import { runningVersion } from '@/utils/settings/checked-by';
import type { CompiledRules } from '@/utils/matching/compile';
import type { StoredPeriodEffects } from '@/utils/warning/page-level';

export interface PageConfig {
  settings: Settings;
  rules: CompiledRules;
  /** Today's sensitive periods' effects, as the worker last stored them. */
  periods?: StoredPeriodEffects;
}

/** The settings as the worker checked them: not validated again here. */
async function readConfig(): Promise<PageConfig | null> {
  const [checkedBy, settings, rules, periods] = await readTogether(settingsCheckedByItem, settingsItem, compiledRulesItem, periodEffectsItem);
  if (checkedBy !== runningVersion()) return null;
  return settings && rules ? { settings, rules, periods: periods ?? undefined } : null;
}

/**
 * Reads configuration straight from storage, without waking the background.
 * Right after installation the background may still be compiling the rules,
 * and at start-up (after an update, too) it may still be repairing damaged
 * settings: then wait for this version's check to be stored. The check runs
 * there, so the settings schema stays out of forum pages.
 */
export async function loadPageConfig(): Promise<PageConfig> {
  const ready = await readConfig();
  if (ready) return ready;
  return new Promise((resolve) => {
    const listener = () =>
      void readConfig().then((config) => {
        if (!config) return;
        browser.storage.onChanged.removeListener(listener);
        resolve(config);
      });
    browser.storage.onChanged.addListener(listener);
  });
}
