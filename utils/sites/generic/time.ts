// Post times on news comment columns and message boards: a machine-readable
// `datetime`/`title` where the page has one, else the shown text in the usual
// Chinese forms. Wall-clock times are read as Asia/Shanghai.
import { fromWall, ledgerTime, toWall } from '../../time/shanghai';
import { parseDiscuzTime } from '../discuz/times';
import { stripLabel } from './text';
import { collapseWhitespace } from '../../collapse-whitespace';

const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
// 2026-11-24 08:41[:05], 2026/11/24, 2026.11.24, 2026年11月24日 08时41分
const FULL_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?(?:\s*[:：]\s*(\d{1,2}))?)?/;
// 11-24 08:41 or 11月24日 08:41 (this year, or last year when that would be in the future)
const MONTH_DAY = /(?:^|\D)(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?\s+(\d{1,2})[:：](\d{2})/;

function plausible(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return y >= 1990 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && s < 60;
}

/** A shown date-time as an instant, or null when the text holds none. */
export function parseShownTime(text: string, now: Date): Date | null {
  const t = collapseWhitespace(text);
  const full = FULL_DATE.exec(t);
  if (full) {
    const [y, mo, d, h, mi, s] = full.slice(1).map((g) => Number(g ?? 0)) as [number, number, number, number, number, number];
    return plausible(y, mo, d, h, mi, s) ? fromWall(y, mo, d, h, mi, s) : null;
  }
  const md = MONTH_DAY.exec(t);
  if (md) {
    const [mo, d, h, mi] = md.slice(1).map(Number) as [number, number, number, number];
    const year = toWall(now).year;
    if (!plausible(year, mo, d, h, mi, 0)) return null;
    const thisYear = fromWall(year, mo, d, h, mi);
    return thisYear.getTime() > now.getTime() ? fromWall(year - 1, mo, d, h, mi) : thisYear;
  }
  return parseDiscuzTime(stripLabel(t), now)?.at ?? null;
}

function fromAttribute(value: string | null, now: Date): Date | null {
  if (!value) return null;
  const v = value.trim();
  if (WITH_ZONE.test(v)) {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  return parseShownTime(v, now);
}

/** The post time held by `el` (its `datetime`, a `time[datetime]` inside it, its `title`, or its text) as ISO +08:00. */
export function readPostTime(el: Element | null, now: Date): string | null {
  if (!el) return null;
  const when =
    fromAttribute(el.getAttribute('datetime'), now) ??
    fromAttribute(el.querySelector('time[datetime]')?.getAttribute('datetime') ?? null, now) ??
    fromAttribute(el.getAttribute('title'), now) ??
    parseShownTime(el.textContent ?? '', now);
  return when ? ledgerTime(when) : null;
}
