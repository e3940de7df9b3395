// Carries OpenCC's dictionaries (about 1.2 MB): pages load it when settings change (the offscreen
// page, Firefox's background page), never the MV3 worker, which parses its script on every wake.
import { compileRules } from './compile';
import { expandVariants } from './variants';
import { receptionRules } from '../reception/classify';
import type { RulesSource, SettingsRules } from './compile-message';

/** The settings' rules with every word's Simplified and Traditional forms. */
export function compileSettingsRules({ topics, warningLists, reception }: RulesSource): SettingsRules {
  return { rules: compileRules(topics, expandVariants, warningLists), reception: receptionRules(reception, expandVariants) };
}
