import type { WorkCalendar } from '../deadline/calendar';
import type { SensitivePeriod } from '../settings/types';
import { activePeriods } from '../warning/periods';
import { dayKey, fromWall, toWall } from '../time/shanghai';
import { hostMatches } from '../sites/origin-pattern';
import { clockText } from '../deadline/clock';

const clocksOf = (times: string[]) =>
  times
    .map((t) => /^(\d{1,2}):(\d{2})$/.exec(t))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

/**
 * The next patrol reminder after `now` (Shanghai time): one of the regular 'HH:MM' times on a
 * working day, or an active sensitive period's extra time on any day of the period, days off
 * included (vigilance then is the point of a period such as 法定节假日).
 */
export function nextPatrolTime(now: Date, times: string[], calendar: WorkCalendar, periods: readonly SensitivePeriod[] = []): Date | null {
  if (clocksOf(times).length === 0 && periods.every((p) => p.patrolTimes.length === 0)) return null;
  const w = toWall(now);
  for (let offset = 0; offset < 30; offset++) {
    const day = fromWall(w.year, w.month, w.day + offset, 12);
    const key = dayKey(day);
    const extra = activePeriods(periods, key, calendar).flatMap((p) => p.patrolTimes);
    const d = toWall(day);
    for (const [h, m] of clocksOf([...(calendar.isWorkingDay(key) ? times : []), ...extra])) {
      const at = fromWall(d.year, d.month, d.day, h, m);
      if (at > now) return at;
    }
  }
  return null;
}

/** The names of the sensitive periods whose extra patrol falls at `at` (Shanghai time), for the reminder's title. */
export function patrolPeriods(at: Date, periods: readonly SensitivePeriod[], calendar: WorkCalendar): string[] {
  const w = toWall(at);
  const clock = clockText(w.hour * 60 + w.minute);
  return activePeriods(periods, dayKey(at), calendar)
    .filter((p) => p.patrolTimes.includes(clock))
    .map((p) => p.name);
}

/** Names of the enabled sites none of whose hosts was visited today (`*.x.cn` covers its subdomains). */
export function unvisitedSites(sites: { name: string; host: string }[], visitedHosts: string[]): string[] {
  return sites.filter((s) => !visitedHosts.some((v) => hostMatches(s.host, v))).map((s) => s.name);
}
