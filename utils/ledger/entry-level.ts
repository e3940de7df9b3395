import type { WarningLevel } from '../settings/types';
import type { LedgerEntry } from './types';

/** Every level, highest first: 紧急, 关注, 一般. */
export const LEVELS: readonly WarningLevel[] = ['urgent', 'watch', 'normal'];

/** The entry's 舆情预警 level; entries without one are 一般. */
export const entryLevel = (entry: Pick<LedgerEntry, 'level'>): WarningLevel => entry.level ?? 'normal';
