import { browser } from 'wxt/browser';
import { onSettingsChanged, RULES_KEY, saveSettings, SETTINGS_KEY } from '@/utils/settings/store';
import { SETTINGS_CHECKED_KEY } from '@/utils/settings/keys';
import { runningVersion } from '@/utils/settings/checked-by';
import { repairSettings } from '@/utils/settings/repair';
import { recordSettingsRepair } from '@/utils/settings/repair-notice';
import type { Settings } from '@/utils/settings/types';
import { compileRules, RULES_VERSION, type CompiledRules } from '@/utils/matching/compile';
import { expandVariants } from '@/utils/matching/variants';
import { syncSiteScripts } from './site-scripts';
import { schedulePatrol } from './reminders';
import { reportError } from './report-error';

/**
 * The content script reads compiled rules, never raw topics: Traditional and
 * full-width variants are expanded here, once per configuration change, so
 * the forum pages carry no conversion dictionaries.
 */
async function storeRules(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [RULES_KEY]: compileRules(settings.topics, expandVariants, settings.warning.lists) });
}

/**
 * First run: the defaults; after an update: the sections added since; a
 * damaged section: its default, with a notice for the dashboard. Then the
 * rules the content script reads, again when an update changed their format;
 * last, the mark that this version checked them, which the content script waits for.
 */
export async function ensureSettings(): Promise<void> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, RULES_KEY]);
  const { settings, problems, changed } = repairSettings(stored[SETTINGS_KEY]);
  if (problems.length) await recordSettingsRepair(problems);
  if (changed) await saveSettings(settings);
  if ((stored[RULES_KEY] as CompiledRules | undefined)?.version !== RULES_VERSION) await storeRules(settings);
  await browser.storage.local.set({ [SETTINGS_CHECKED_KEY]: runningVersion() });
}

export function followSettingsChanges(): void {
  onSettingsChanged((settings) => {
    storeRules(settings).catch(reportError);
    syncSiteScripts(settings.sites).catch(reportError);
    schedulePatrol().catch(reportError);
  });
}
