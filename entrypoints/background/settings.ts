import { storage } from 'wxt/utils/storage';
import { onSettingsChanged, saveSettings } from '@/utils/settings/store';
import { compiledRulesItem, receptionRulesItem, settingsCheckedByItem, settingsItem } from '@/utils/storage/items';
import { runningVersion } from '@/utils/settings/checked-by';
import { readTogether } from '@/utils/storage/read-together';
import { repairSettings } from '@/utils/settings/repair';
import { recordSettingsRepair } from '@/utils/settings/repair-notice';
import type { Settings } from '@/utils/settings/types';
import { RULES_VERSION, type CompiledRules } from '@/utils/matching/compile';
import { compileRulesInPage } from './rules-compiler';
import { syncSiteScripts } from './site-scripts';
import { schedulePatrol } from './reminders';
import { reportError } from './report-error';

let storing: Promise<void> = Promise.resolve();

/**
 * The content script reads compiled rules, never raw topics: Traditional and
 * full-width variants are expanded once per configuration change, in a page
 * (see rules-compiler.ts), so neither the forum pages nor the worker carry the
 * conversion dictionaries. Rules are stored only once expanded, the last
 * change last: until then pages keep matching with the previous ones.
 */
function storeRules(settings: Settings): Promise<void> {
  storing = storing
    .catch(() => undefined)
    .then(async () => {
      const { rules, reception } = await compileRulesInPage(settings);
      await storage.setItems([
        { item: compiledRulesItem, value: rules },
        { item: receptionRulesItem, value: reception },
      ]);
    });
  return storing;
}

/** The reception words' compiled rules, waiting for a compile under way; compiled now if none were stored. */
export async function storedReceptionRules(settings: Settings): Promise<CompiledRules> {
  await storing.catch(() => undefined);
  const stored = await receptionRulesItem.getValue();
  if (stored?.version === RULES_VERSION) return stored;
  await storeRules(settings);
  return (await receptionRulesItem.getValue())!;
}

/**
 * First run: the defaults; after an update: the sections added since; a
 * damaged section: its default, with a notice for the dashboard. Then the
 * rules the content script reads, again when an update changed their format;
 * last, the mark that this version checked them, which the content script waits for.
 * Every wake of the worker starts here, before the badge: once this version has
 * checked, the settings change only through validated writes, so the mark is all it reads.
 */
export async function ensureSettings(): Promise<void> {
  if ((await settingsCheckedByItem.getValue()) === runningVersion()) return;
  const [stored, rules, reception] = await readTogether(settingsItem, compiledRulesItem, receptionRulesItem);
  const { settings, problems, changed } = repairSettings(stored ?? undefined);
  if (problems.length) await recordSettingsRepair(problems);
  if (changed) await saveSettings(settings);
  if (rules?.version !== RULES_VERSION || reception?.version !== RULES_VERSION) await storeRules(settings);
  await settingsCheckedByItem.setValue(runningVersion());
}

export function followSettingsChanges(): void {
  onSettingsChanged((settings) => {
    storeRules(settings).catch(reportError);
    syncSiteScripts(settings.sites).catch(reportError);
    schedulePatrol().catch(reportError);
  });
}
