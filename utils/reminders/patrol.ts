import type { WorkCalendar } from '../deadline/calendar';
import { dayKey, fromWall, toWall } from '../time/shanghai';
import { hostMatches } from '../sites/origin-pattern';

/** The next patrol reminder after `now`: one of the 'HH:MM' times on a working day (Shanghai time). */
export function nextPatrolTime(now: Date, times: string[], calendar: WorkCalendar): Date | null {
  const clocks = times
    .map((t) => /^(\d{1,2}):(\d{2})$/.exec(t))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (clocks.length === 0) return null;
  const w = toWall(now);
  for (let offset = 0; offset < 30; offset++) {
    const day = fromWall(w.year, w.month, w.day + offset, 12);
    if (!calendar.isWorkingDay(dayKey(day))) continue;
    const d = toWall(day);
    for (const [h, m] of clocks) {
      const at = fromWall(d.year, d.month, d.day, h, m);
      if (at > now) return at;
    }
  }
  return null;
}

/** Names of the enabled sites none of whose hosts was visited today (`*.x.cn` covers its subdomains). */
export function unvisitedSites(sites: { name: string; host: string }[], visitedHosts: string[]): string[] {
  return sites.filter((s) => !visitedHosts.some((v) => hostMatches(s.host, v))).map((s) => s.name);
}
