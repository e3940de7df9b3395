import type { WarningLevel } from '@/utils/settings/types';
import { levelLabel } from '@/utils/i18n/level';
import './level-tag.css';

/** 紧急 (red) or 关注 (amber) before an entry's title; 一般 shows nothing. */
export function LevelTag({ level }: { level: WarningLevel }) {
  if (level === 'normal') return null;
  return <span class={`fw-level-tag fw-level-${level}`}>{levelLabel(level)}</span>;
}
