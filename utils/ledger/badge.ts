export const BADGE_COLORS = { overdue: '#d93025', dueSoon: '#f29900', normal: '#1a73e8' } as const;

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

export function badgeLook(awaiting: number, overdue: boolean, dueSoon: boolean): BadgeLook {
  if (awaiting === 0) return { text: '', color: BADGE_COLORS.normal, title: '论坛舆情助手：没有待回复的帖子' };
  const color = overdue ? BADGE_COLORS.overdue : dueSoon ? BADGE_COLORS.dueSoon : BADGE_COLORS.normal;
  const state = overdue ? '，有逾期' : dueSoon ? '，两小时内到期' : '';
  return { text: awaiting > 999 ? '999+' : String(awaiting), color, title: `论坛舆情助手：${awaiting} 条待回复${state}` };
}
