import { browser } from 'wxt/browser';
import { RULES_KEY, SETTINGS_KEY } from '@/utils/settings/keys';
import type { Settings } from '@/utils/settings/types';
import { isSoundSettings } from '@/utils/settings/sound';
import type { CompiledRules } from '@/utils/matching/compile';

export interface PageConfig {
  settings: Settings;
  rules: CompiledRules;
}

async function readConfig(): Promise<PageConfig | null> {
  const got = await browser.storage.local.get([SETTINGS_KEY, RULES_KEY]);
  const stored: unknown = got[SETTINGS_KEY];
  const settings = isSoundSettings(stored) ? stored : undefined;
  const rules = got[RULES_KEY] as CompiledRules | undefined;
  return settings && rules ? { settings, rules } : null;
}

/**
 * Reads configuration straight from storage, without waking the background.
 * Right after installation the background may still be compiling the rules,
 * and at start-up it may still be repairing damaged settings: then wait for
 * them to be stored.
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
