// Reply deadlines (SLA). Every instant is read and built as Asia/Shanghai wall-clock time.
//
// Rules:
// - Same working day: captured on a working day before the cut-off → the end of that working
//   day; at or after the cut-off, or on a day off → the end of the next working day.
// - First response (optional): within N hours of working time.
// - Escalation (抄告单): by the end of the N-th working day after the escalation day.
// - Promised fixes: by the end of a given day, or of the N-th working day after a date.
// - Pause: the clock stops. The deadline moves later by the working time inside the pause, so
//   nights, weekends and holidays inside a pause move it by nothing and are skipped only once,
//   when the remaining time is counted on. A pause that begins after the deadline changes nothing.
import type { SlaPolicy, Settings, WarningLevel } from '../settings/types';
import { policyForTopics } from './topic-policy';
import { dayKey } from '../time/shanghai';
import { WorkCalendar } from './calendar';
import { loadedHolidays } from './active-holidays';
import { addWorkingTime, atClock, endOfWorkday, workingTimeBetween, type WorkingHours } from './working-time';

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '08:30', end: '17:30' };

export const DEFAULT_SLA: SlaPolicy = {
  cutoff: '17:00',
  firstResponseHours: 0,
  escalationDays: 3,
  restartOnFollowUp: true,
  requireApproval: false,
};

const HOUR_MS = 3_600_000;
/** `dueState` says 'due_soon' this long before the deadline. */
export const DUE_SOON_MS = 2 * HOUR_MS;

export interface SlaContext {
  calendar: WorkCalendar;
  hours: WorkingHours;
  policy: SlaPolicy;
}

/** What else shapes an entry's policy: its 舆情预警 level, and an active sensitive period's first-response hours. */
export interface PolicyExtras {
  level?: WarningLevel;
  periodFirstResponseHours?: number | null;
}

/** The shortest of the first-response rules that are on (0, null and undefined are off). */
function shortestHours(...hours: (number | null | undefined)[]): number {
  const on = hours.filter((h): h is number => typeof h === 'number' && h > 0);
  return on.length ? Math.min(...on) : 0;
}

/** The topics' policy overlaid with the level's; a first response asked for by the level or a period only ever comes sooner. */
export function policyFor(sla: Settings['sla'], topics: readonly string[], { level = 'normal', periodFirstResponseHours }: PolicyExtras = {}): SlaPolicy {
  const base = policyForTopics(sla, topics);
  const own = level === 'normal' ? {} : (sla.perLevel?.[level] ?? {});
  return { ...base, ...own, firstResponseHours: shortestHours(base.firstResponseHours, own.firstResponseHours, periodFirstResponseHours) };
}

export function slaContext(
  settings: Pick<Settings, 'calendar' | 'sla' | 'workingHours'>,
  topics: readonly string[] = [],
  loaded = loadedHolidays(),
  extras: PolicyExtras = {},
): SlaContext {
  return {
    calendar: new WorkCalendar(settings.calendar, loaded),
    hours: settings.workingHours,
    policy: policyFor(settings.sla, topics, extras),
  };
}

/** "Found today, answered today" (当天发现并在当天予以引导回复). */
export function sameDayDue(capturedAt: Date, { calendar, hours, policy }: SlaContext): Date {
  const key = dayKey(capturedAt);
  if (calendar.isWorkingDay(key) && capturedAt < atClock(key, policy.cutoff)) {
    const due = endOfWorkday(key, hours);
    // A cut-off later than the end of the working day must not give a deadline in the past.
    if (due > capturedAt) return due;
  }
  return endOfWorkday(calendar.nextWorkingDay(key), hours);
}

/** Within `policy.firstResponseHours` of working time; null when that rule is off. */
export function firstResponseDue(capturedAt: Date, { calendar, hours, policy }: SlaContext): Date | null {
  if (!(policy.firstResponseHours > 0)) return null;
  return addWorkingTime(capturedAt, policy.firstResponseHours * HOUR_MS, calendar, hours);
}

/** The reply deadline of a newly captured post: the earlier of the same-day and first-response rules. */
export function captureDue(capturedAt: Date, ctx: SlaContext): Date {
  const sameDay = sameDayDue(capturedAt, ctx);
  const first = firstResponseDue(capturedAt, ctx);
  return first && first < sameDay ? first : sameDay;
}

/** Reply deadline after escalation with a 网络舆情抄告单. */
export function escalationDue(escalatedAt: Date, { calendar, hours, policy }: SlaContext): Date {
  return endOfWorkday(calendar.addWorkingDays(dayKey(escalatedAt), policy.escalationDays), hours);
}

export type FollowUpSpec =
  /** By the end of this day (YYYY-MM-DD), as promised, working day or not. */
  | { onDay: string }
  /** By the end of the N-th working day after `from`. */
  | { workingDays: number; from: Date };

/** Due date for chasing a promised fix (整改措施). */
export function followUpDue(spec: FollowUpSpec, { calendar, hours }: SlaContext): Date {
  if ('onDay' in spec) return endOfWorkday(spec.onDay, hours);
  return endOfWorkday(calendar.addWorkingDays(dayKey(spec.from), spec.workingDays), hours);
}

/** Working time inside a pause, i.e. how far the pause moves a deadline it began before. */
export function pausedWorkingTime(pausedAt: Date, resumedAt: Date, { calendar, hours }: SlaContext): number {
  return workingTimeBetween(pausedAt, resumedAt, calendar, hours);
}

/** The deadline after a pause from `pausedAt` to `resumedAt` (see the rules at the top). */
export function resumeDue(dueAt: Date, pausedAt: Date, resumedAt: Date, ctx: SlaContext): Date {
  if (pausedAt >= dueAt) return dueAt;
  return addWorkingTime(dueAt, pausedWorkingTime(pausedAt, resumedAt, ctx), ctx.calendar, ctx.hours);
}

export type DueState = 'overdue' | 'due_soon' | 'today' | 'later';

/** How urgent a deadline is at `now`; the deadline instant itself still counts as in time. */
export function dueState(dueAt: Date | string | number, now: Date | number, soonMs = DUE_SOON_MS): DueState {
  const due = new Date(dueAt).getTime();
  const at = typeof now === 'number' ? now : now.getTime();
  if (at > due) return 'overdue';
  if (due - at <= soonMs) return 'due_soon';
  return dayKey(due) === dayKey(at) ? 'today' : 'later';
}
