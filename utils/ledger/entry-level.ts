import type { WarningLevel } from '../settings/types';
import type { LedgerEntry } from './types';
import { LEVEL_RANK } from '../warning/level';

/** Every level, highest first: 紧急, 关注, 一般. */
export const LEVELS: readonly WarningLevel[] = ['urgent', 'watch', 'normal'];

/** The entry's 舆情预警 level; entries without one are 一般. */
export const entryLevel = (entry: Pick<LedgerEntry, 'level'>): WarningLevel => entry.level ?? 'normal';

/** Sort order of lists of entries: 紧急 first, then 关注, then 一般 (ties left to the next criterion). */
export const byLevel = (a: Pick<LedgerEntry, 'level'>, b: Pick<LedgerEntry, 'level'>) => LEVEL_RANK[entryLevel(a)] - LEVEL_RANK[entryLevel(b)];
