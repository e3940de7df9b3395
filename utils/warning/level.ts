// A match's 舆情预警 level from the warning words found with it.
import type { WarningHits } from '../matching/compile';
import type { WarningLevel } from '../settings/types';

/** 紧急 with any word of a 紧急 list; 关注 with at least `watchThreshold` distinct words of 关注 lists (0, in a sensitive period: every match). */
export function levelOf(warning: WarningHits, watchThreshold: number): WarningLevel {
  if (warning.urgent.length > 0) return 'urgent';
  return warning.watch.length >= watchThreshold ? 'watch' : 'normal';
}

/** The warning words of several texts (e.g. a reply and its thread's title) together. */
export function joinWarnings(...all: WarningHits[]): WarningHits {
  const join = (level: keyof WarningHits) => [...new Set(all.flatMap((w) => w[level]))];
  return { urgent: join('urgent'), watch: join('watch') };
}

/** Higher first: 紧急, 关注, 一般. */
export const LEVEL_RANK: Record<WarningLevel, number> = { urgent: 0, watch: 1, normal: 2 };
