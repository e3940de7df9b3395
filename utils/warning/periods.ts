// Sensitive periods (敏感时期): which are active on a day, and what they change together.
import type { SensitivePeriod } from '../settings/types';
import type { WorkCalendar } from '../deadline/calendar';

/** Whether `day` (YYYY-MM-DD) lies in the period's dates; 'MM-DD' ranges repeat every year and may wrap over New Year. */
function inRange(period: SensitivePeriod, day: string): boolean {
  if (period.from.length === 10) return period.from <= day && day <= period.to;
  const md = day.slice(5);
  return period.from <= period.to ? period.from <= md && md <= period.to : md >= period.from || md <= period.to;
}

/** The periods active on `day`; a holidays period is active on the calendar's public holidays. */
export function activePeriods(periods: readonly SensitivePeriod[], day: string, calendar: WorkCalendar): SensitivePeriod[] {
  return periods.filter((p) => (p.holidays ? calendar.holidayName(day) !== null : inRange(p, day)));
}

export interface PeriodEffects {
  /** The names of the active periods, in settings order. */
  names: string[];
  /** The lowest 关注 threshold an active period sets, or null. */
  watchThreshold: number | null;
  /** The shortest first response an active period sets, or null. */
  firstResponseHours: number | null;
  /** Extra patrol reminders of all active periods, sorted, each once. */
  patrolTimes: string[];
}

const lowest = (values: (number | null)[]): number | null => {
  const set = values.filter((v): v is number => v !== null);
  return set.length ? Math.min(...set) : null;
};

export function periodEffects(active: readonly SensitivePeriod[]): PeriodEffects {
  return {
    names: active.map((p) => p.name),
    watchThreshold: lowest(active.map((p) => p.watchThreshold)),
    firstResponseHours: lowest(active.map((p) => p.firstResponseHours)),
    patrolTimes: [...new Set(active.flatMap((p) => p.patrolTimes))].sort(),
  };
}
