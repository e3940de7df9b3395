// Discuz! X shows post times either absolutely (`2026-11-2 08:41:24`) or, with
// the "dateconvert" setting, relative to the moment the page was served
// (`前天 19:48`, `3 天前`, `9 小时前`, `半小时前`, `刚刚`). All of it is forum
// wall-clock time, taken here as Asia/Shanghai whatever the machine's zone.
import { fromWall, toWall } from '@/utils/time/shanghai';
import { collapseWhitespace } from '../../collapse-whitespace';

export interface TimeReading {
  /** The shown value read literally: a clock time as written, "N units ago" as now minus N units. */
  at: Date;
  /** Earliest and latest instants (inclusive, whole seconds) consistent with what is shown. */
  earliest: Date;
  latest: Date;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ABSOLUTE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const NAMED_DAY = /^(今天|昨天|前天)\s*(\d{1,2}):(\d{2})$/;
const DAYS_AGO = /^(\d+)\s*天前$/;
const HOURS_AGO = /^(\d+)\s*小时前$/;
const HALF_HOUR_AGO = /^半\s*小时前$/;
const MINUTES_AGO = /^(\d+)\s*分钟前$/;
const SECONDS_AGO = /^(\d+)\s*秒前$/;
const JUST_NOW = /^刚刚$/;
const DAYS_BACK: Record<string, number> = { 今天: 0, 昨天: 1, 前天: 2 };

const at = (ms: number) => new Date(ms);
const exact = (ms: number): TimeReading => ({ at: at(ms), earliest: at(ms), latest: at(ms) });
const span = (atMs: number, earliestMs: number, latestMs: number): TimeReading => ({
  at: at(atMs),
  earliest: at(earliestMs),
  latest: at(latestMs),
});

/** Strips the `发表于` label and normalises spaces (`&nbsp;` included). */
function normalise(text: string): string {
  return collapseWhitespace(text).replace(/^发表于\s*/, '');
}

function readAbsolute(m: RegExpExecArray): TimeReading {
  const [, y = '', mo = '', d = '', h, mi, s] = m;
  const start = fromWall(+y, +mo, +d, h ? +h : 0, mi ? +mi : 0, s ? +s : 0).getTime();
  if (s) return exact(start);
  const width = h ? MINUTE : DAY;
  return span(start, start, start + width - SECOND);
}

/** Reads a Discuz time as shown on a page served at `now`; null when the text is not a time. */
export function parseDiscuzTime(text: string, now: Date): TimeReading | null {
  const t = normalise(text);
  const nowMs = Math.floor(now.getTime() / SECOND) * SECOND;
  const today = toWall(now);
  const todayStart = fromWall(today.year, today.month, today.day).getTime();
  let m: RegExpExecArray | null;

  if ((m = ABSOLUTE.exec(t))) return readAbsolute(m);
  if ((m = NAMED_DAY.exec(t))) {
    const [, dayName = '', hour = '', minute = ''] = m;
    const start = fromWall(today.year, today.month, today.day - (DAYS_BACK[dayName] ?? 0), +hour, +minute).getTime();
    return span(start, start, start + MINUTE - SECOND);
  }
  if ((m = DAYS_AGO.exec(t))) {
    // Discuz prints "N 天前" for a post in (today 00:00 − N days, today 00:00 − (N−1) days].
    const n = Number(m[1]);
    return span(nowMs - n * DAY, todayStart - n * DAY + SECOND, todayStart - (n - 1) * DAY);
  }
  if ((m = HOURS_AGO.exec(t))) return agoSpan(nowMs, Number(m[1]), HOUR);
  if (HALF_HOUR_AGO.test(t)) return span(nowMs - 30 * MINUTE, nowMs - HOUR, nowMs - 30 * MINUTE - SECOND);
  if ((m = MINUTES_AGO.exec(t))) return agoSpan(nowMs, Number(m[1]), MINUTE);
  if ((m = SECONDS_AGO.exec(t))) return exact(nowMs - Number(m[1]) * SECOND);
  if (JUST_NOW.test(t)) return exact(nowMs);
  return null;
}

/** "N units ago" means the elapsed time, truncated to whole units, is N. */
function agoSpan(nowMs: number, n: number, unit: number): TimeReading {
  return span(nowMs - n * unit, nowMs - (n + 1) * unit + SECOND, nowMs - n * unit);
}

/**
 * Reads a time cell: its text and, when present, the `title` Discuz puts on a
 * relative time (`2026-11-22 19:48:14` on posts, `2026-11-22` on list rows).
 * Whichever of the two pins the time down more narrowly wins.
 */
export function readShownTime(text: string, title: string | null, now: Date): TimeReading | null {
  const fromText = parseDiscuzTime(text, now);
  const fromTitle = title ? parseDiscuzTime(title, now) : null;
  if (!fromText || !fromTitle) return fromTitle ?? fromText;
  const width = (r: TimeReading) => r.latest.getTime() - r.earliest.getTime();
  return width(fromTitle) <= width(fromText) ? fromTitle : fromText;
}
