import { t } from '../i18n';

export const BADGE_COLORS = { overdue: '#d93025', dueSoon: '#f29900', normal: '#1a73e8' } as const;

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

export function badgeLook(awaiting: number, overdue: boolean, dueSoon: boolean): BadgeLook {
  if (awaiting === 0) return { text: '', color: BADGE_COLORS.normal, title: t('badgeNone') };
  const color = overdue ? BADGE_COLORS.overdue : dueSoon ? BADGE_COLORS.dueSoon : BADGE_COLORS.normal;
  const title = t(overdue ? 'badgeOverdue' : dueSoon ? 'badgeDueSoon' : 'badgeWaiting', awaiting);
  return { text: awaiting > 999 ? '999+' : String(awaiting), color, title };
}
