import { browser } from 'wxt/browser';
import { RULES_KEY, SETTINGS_KEY } from '@/utils/settings/keys';
import type { Settings } from '@/utils/settings/types';
import type { CompiledRules } from '@/utils/matching/compile';

export interface PageConfig {
  settings: Settings | null;
  rules: CompiledRules | null;
}

/** Reads configuration straight from storage, without waking the background. */
export async function loadPageConfig(): Promise<PageConfig> {
  const got = await browser.storage.local.get([SETTINGS_KEY, RULES_KEY]);
  return { settings: (got[SETTINGS_KEY] as Settings) ?? null, rules: (got[RULES_KEY] as CompiledRules) ?? null };
}
