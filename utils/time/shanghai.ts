// Wall-clock time in Asia/Shanghai (UTC+8, no daylight saving) whatever the
// machine's own zone. All dates the users see and all deadlines use it.

const OFFSET_MS = 8 * 3600_000;

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export function toWall(instant: Date | number): WallTime {
  const d = new Date((typeof instant === 'number' ? instant : instant.getTime()) + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** The instant at the given Shanghai wall-clock time. Out-of-range fields roll over like Date.UTC. */
export function fromWall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Years the ledger keeps: times outside them are refused on import and dropped when read from a page. */
export const LEDGER_YEARS = { min: 2000, max: 2100 } as const;

/** Whether the instant falls on a Shanghai calendar year the ledger keeps. */
export function inLedgerYears(instant: Date | number): boolean {
  const { year } = toWall(instant);
  return year >= LEDGER_YEARS.min && year <= LEDGER_YEARS.max;
}

/** `2026-11-24` for the Shanghai calendar day of the instant. */
export function dayKey(instant: Date | number): string {
  const w = toWall(instant);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * ISO 8601 with the +08:00 offset, e.g. `2026-11-24T17:20:00+08:00`. The year always has four digits:
 * an instant without that form (or no date at all) is refused rather than written as text no reader takes back.
 */
export function toShanghaiISO(instant: Date | number): string {
  const w = toWall(instant);
  if (!(w.year >= 0 && w.year <= 9999)) throw new RangeError(`时间超出可记录的范围：${String(instant)}`);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}+08:00`;
}

/** A time read from a page, as the ledger stores it; null when its year is one the ledger does not keep. */
export function ledgerTime(instant: Date | number): string | null {
  return inLedgerYears(instant) ? toShanghaiISO(instant) : null;
}

/** Parses `2026-11-2 08:41:24`, `2026-11-2 8:41` or `2026-11-02` as Shanghai wall-clock time. */
export function parseShanghaiLocal(text: string): Date | null {
  const m = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0));
  return fromWall(y!, mo!, d!, h!, mi!, s!);
}

/** `2026-11-24 17:20` for display. */
export function formatShanghai(instant: Date | number | string, withSeconds = false): string {
  const w = toWall(typeof instant === 'string' ? new Date(instant) : instant);
  const base = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
  return withSeconds ? `${base}:${pad(w.second)}` : base;
}
