import { onSettingsChanged, saveSettings } from '@/utils/settings/store';
import { compiledRulesItem, settingsCheckedByItem, settingsItem } from '@/utils/storage/items';
import { runningVersion } from '@/utils/settings/checked-by';
import { repairSettings } from '@/utils/settings/repair';
import { recordSettingsRepair } from '@/utils/settings/repair-notice';
import type { Settings } from '@/utils/settings/types';
import { compileRules, RULES_VERSION } from '@/utils/matching/compile';
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
  await compiledRulesItem.setValue(compileRules(settings.topics, expandVariants, settings.warning.lists));
}

/**
 * First run: the defaults; after an update: the sections added since; a
 * damaged section: its default, with a notice for the dashboard. Then the
 * rules the content script reads, again when an update changed their format;
 * last, the mark that this version checked them, which the content script waits for.
 */
export async function ensureSettings(): Promise<void> {
  const [stored, rules] = await Promise.all([settingsItem.getValue(), compiledRulesItem.getValue()]);
  const { settings, problems, changed } = repairSettings(stored ?? undefined);
  if (problems.length) await recordSettingsRepair(problems);
  if (changed) await saveSettings(settings);
  if (rules?.version !== RULES_VERSION) await storeRules(settings);
  await settingsCheckedByItem.setValue(runningVersion());
}

export function followSettingsChanges(): void {
  onSettingsChanged((settings) => {
    storeRules(settings).catch(reportError);
    syncSiteScripts(settings.sites).catch(reportError);
    schedulePatrol().catch(reportError);
  });
}
