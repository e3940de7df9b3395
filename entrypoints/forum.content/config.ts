import { browser } from 'wxt/browser';
import { PERIOD_EFFECTS_KEY, RULES_KEY, SETTINGS_CHECKED_KEY, SETTINGS_KEY } from '@/utils/settings/keys';
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

async function readConfig(): Promise<PageConfig | null> {
  const got = await browser.storage.local.get([SETTINGS_KEY, RULES_KEY, SETTINGS_CHECKED_KEY, PERIOD_EFFECTS_KEY]);
  if (got[SETTINGS_CHECKED_KEY] !== runningVersion()) return null;
  const settings = got[SETTINGS_KEY] as Settings | undefined;
  const rules = got[RULES_KEY] as CompiledRules | undefined;
  const periods = got[PERIOD_EFFECTS_KEY] as StoredPeriodEffects | undefined;
  return settings && rules ? { settings, rules, periods } : null;
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
