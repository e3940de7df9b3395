import type { CompiledRules } from './compile';
import type { ReceptionWords, Topic, WarningList } from '../settings/types';

/** From the worker to the offscreen page only: compile these settings with their variants. */
export const COMPILE_RULES = 'fw-compile-rules';

/** The parts of the settings that rules are compiled from. */
export interface RulesSource {
  topics: Topic[];
  warningLists: WarningList[];
  reception: ReceptionWords;
}

export interface CompileRequest {
  type: typeof COMPILE_RULES;
  source: RulesSource;
}

/** What the worker and the forum pages match with; every word already has its Traditional variants. */
export interface SettingsRules {
  /** The topics and 舆情预警 lists, for the content script and the watch. */
  rules: CompiledRules;
  /** The reception words (好评 / 追问), for the posts seen after a staff reply. */
  reception: CompiledRules;
}

export type CompileReply = SettingsRules | { error: string };
