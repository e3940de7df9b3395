import type { WorkCalendar } from '../deadline/calendar';
import type { WarningSettings } from '../settings/types';
import { activePeriods, periodEffects } from './periods';

/** The 关注 threshold on `day` (YYYY-MM-DD): an active sensitive period may lower it, never raise it. */
export function watchThresholdFor(warning: WarningSettings, day: string, calendar: WorkCalendar): number {
  const period = periodEffects(activePeriods(warning.periods, day, calendar)).watchThreshold;
  return period === null ? warning.watchThreshold : Math.min(period, warning.watchThreshold);
}
