import { t, type MessageKey } from './index';
import type { WarningLevel } from '../settings/types';

const KEYS: Record<WarningLevel, MessageKey> = {
  urgent: 'entryLevelUrgent',
  watch: 'entryLevelWatch',
  normal: 'entryLevelNormal',
};

export function levelLabel(level: WarningLevel): string {
  return t(KEYS[level]);
}
