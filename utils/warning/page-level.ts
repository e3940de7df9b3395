// The 舆情预警 level a forum page shows for a post or list row, from the warning words of its one
// match and today's 关注 threshold. Forum pages carry no working-day calendar: the worker stores
// the active sensitive periods' effects for them (`periodEffectsItem`).
import type { WarningHits } from '../matching/compile';
import type { WarningLevel } from '../settings/types';
import type { PeriodEffects } from './periods';
import { levelOf } from './level';

/** The active periods' effects on `day` (YYYY-MM-DD, Shanghai). */
export interface StoredPeriodEffects {
  day: string;
  effects: PeriodEffects;
}

export interface PageLevel {
  level: WarningLevel;
  /** The warning words that raised it (none for 一般). */
  words: string[];
}

/** The settings' 关注 threshold, or an active period's lower one; effects stored for another day no longer count. */
export function watchThresholdOn(day: string, threshold: number, stored: StoredPeriodEffects | undefined): number {
  const lowered = stored?.day === day ? stored.effects.watchThreshold : null;
  return lowered === null ? threshold : Math.min(threshold, lowered);
}

/** The level of a post or row with these topics and warning words; null when it matched no topic (levels only grade matches). */
export function pageLevel(topics: readonly string[], warning: WarningHits, watchThreshold: number): PageLevel | null {
  if (topics.length === 0) return null;
  const level = levelOf(warning, watchThreshold);
  return { level, words: level === 'normal' ? [] : warning[level] };
}
