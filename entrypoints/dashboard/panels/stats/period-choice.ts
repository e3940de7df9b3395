import { customPeriod, lastMonth, thisMonth, thisYear, type Period } from '@/utils/stats/period';
import { dayKey, toWall } from '@/utils/time/shanghai';

export type PeriodKind = 'thisMonth' | 'lastMonth' | 'thisYear' | 'custom';

export interface PeriodChoice {
  kind: PeriodKind;
  /** Used when `kind` is 'custom': inclusive Shanghai days. */
  fromDay: string;
  toDay: string;
}

export function periodOf(choice: PeriodChoice, now: Date): Period {
  switch (choice.kind) {
    case 'thisMonth':
      return thisMonth(now);
    case 'lastMonth':
      return lastMonth(now);
    case 'thisYear':
      return thisYear(now);
    case 'custom':
      return customPeriod(choice.fromDay, choice.toDay);
  }
}

/** The report's heading: `2026年3月`, `2026年`, or `2026-03-01 至 2026-03-15`. */
export function periodTitle(choice: PeriodChoice, period: Period): string {
  const start = toWall(period.from);
  if (choice.kind === 'thisYear') return `${start.year}年`;
  if (choice.kind !== 'custom') return `${start.year}年${start.month}月`;
  return `${dayKey(period.from)} 至 ${dayKey(period.to.getTime() - 1)}`;
}
