// One collector per statistic. `ledgerStats` feeds all of them in a single
// pass over the ledger; the single-statistic helpers feed only one.
import { firstReplyAt } from '../ledger/reply';
import { AWAITING_REPLY, type LedgerEntry } from '../ledger/types';
import { monthKeyOf, monthsOf, type Period } from './period';
import { onTimeVerdict, type OnTimeVerdict } from './on-time';
import { percentile } from './percentile';
import { entryLevel } from '../ledger/entry-level';
import type { WarningLevel } from '../settings/types';
import { HOUR_MS } from '../time/units';

/** What every collector gets for one entry, computed once. */
export interface EntryFacts {
  entry: LedgerEntry;
  /** Captured inside the period. */
  captured: boolean;
  /** Its reply was made inside the period. */
  repliedInPeriod: boolean;
  verdict: OnTimeVerdict;
}

export interface Collector<R> {
  add(facts: EntryFacts): void;
  result(): R;
}

export interface StatsContext {
  period: Period;
  nowMs: number;
  responseFrom: 'capturedAt' | 'postedAt';
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Topic id used for entries that matched no topic. */
export const NO_TOPIC = '';

export interface MonthTopicCounts {
  /** Every month of the period (`2026-03`), in order, including empty ones. */
  months: string[];
  /** Topic ids that occur, sorted; `NO_TOPIC` ('') for entries without a topic. */
  topics: string[];
  /** month → topic id → entries captured. */
  counts: Record<string, Record<string, number>>;
  /** Entries per month; an entry with two topics counts once here. */
  monthTotals: Record<string, number>;
  topicTotals: Record<string, number>;
  total: number;
}

export function monthTopicCollector(ctx: StatsContext): Collector<MonthTopicCounts> {
  const months = monthsOf(ctx.period);
  const counts = new Map<string, Map<string, number>>(months.map((m) => [m, new Map()]));
  const monthTotals = new Map<string, number>(months.map((m) => [m, 0]));
  const topicTotals = new Map<string, number>();
  let total = 0;
  return {
    add({ entry, captured }) {
      if (!captured) return;
      const month = monthKeyOf(entry.capturedAt);
      const row = counts.get(month);
      if (!row) return;
      total++;
      bump(monthTotals, month);
      const topics = entry.topics.length ? new Set(entry.topics) : [NO_TOPIC];
      for (const t of topics) {
        bump(row, t);
        bump(topicTotals, t);
      }
    },
    result() {
      return {
        months,
        topics: [...topicTotals.keys()].sort(),
        counts: Object.fromEntries([...counts].map(([m, row]) => [m, Object.fromEntries(row)])),
        monthTotals: Object.fromEntries(monthTotals),
        topicTotals: Object.fromEntries(topicTotals),
        total,
      };
    },
  };
}

/** month → 舆情预警 level → entries captured; every month of the period, levels that occur. */
export type MonthLevelCounts = Record<string, Partial<Record<WarningLevel, number>>>;

export function monthLevelCollector(ctx: StatsContext): Collector<MonthLevelCounts> {
  const counts: MonthLevelCounts = Object.fromEntries(monthsOf(ctx.period).map((m) => [m, {}]));
  return {
    add({ entry, captured }) {
      const row = captured ? counts[monthKeyOf(entry.capturedAt)] : undefined;
      if (!row) return;
      const level = entryLevel(entry);
      row[level] = (row[level] ?? 0) + 1;
    },
    result: () => counts,
  };
}

export interface GroupCounts {
  /** Entries captured in the period. */
  captured: number;
  /** Of those, how many have a reply. */
  replied: number;
  onTime: number;
  late: number;
}

/** Counts per site or per department (`''` = no department yet) of the entries captured in the period. */
export function groupCollector(groupOf: (e: LedgerEntry) => string): Collector<Record<string, GroupCounts>> {
  const groups = new Map<string, GroupCounts>();
  return {
    add({ entry, captured, verdict }) {
      if (!captured) return;
      const key = groupOf(entry);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { captured: 0, replied: 0, onTime: 0, late: 0 }));
      g.captured++;
      if (entry.reply) g.replied++;
      if (verdict === 'on_time') g.onTime++;
      else if (verdict === 'late') g.late++;
    },
    result: () => Object.fromEntries(groups),
  };
}

export interface ReplyCounts {
  /** Replies made inside the period (whenever the post was captured). */
  total: number;
  bySite: Record<string, number>;
  byAuthor: Record<string, number>;
  /** Of those, found automatically from a staff post. */
  detected: number;
}

export function replyCollector(): Collector<ReplyCounts> {
  const bySite = new Map<string, number>();
  const byAuthor = new Map<string, number>();
  let total = 0;
  let detected = 0;
  return {
    add({ entry, repliedInPeriod }) {
      if (!repliedInPeriod || !entry.reply) return;
      total++;
      if (entry.reply.detected) detected++;
      bump(bySite, entry.site);
      bump(byAuthor, entry.reply.author);
    },
    result: () => ({ total, bySite: Object.fromEntries(bySite), byAuthor: Object.fromEntries(byAuthor), detected }),
  };
}

export interface ResponseTimes {
  /** Replied entries captured in the period whose reply came after the clock started. */
  count: number;
  /** Replied entries captured in the period whose reply was there before the clock started: left out. */
  repliedBefore: number;
  medianHours: number | null;
  p90Hours: number | null;
}

/**
 * Hours from capture (or from the netizen's post when `responseFrom` is
 * `postedAt` and the time is known) to the first reply. A reply made before
 * that start has no reply time and is left out, not counted as 0 hours.
 */
export function responseTimeCollector(ctx: StatsContext): Collector<ResponseTimes> {
  let hours = new Float64Array(1024);
  let n = 0;
  let repliedBefore = 0;
  return {
    add({ entry, captured }) {
      if (!captured || !entry.reply) return;
      const start = ctx.responseFrom === 'postedAt' && entry.postedAt ? entry.postedAt : entry.capturedAt;
      const h = (Date.parse(firstReplyAt(entry.reply)) - Date.parse(start)) / HOUR_MS;
      if (h < 0) {
        repliedBefore++;
        return;
      }
      if (n === hours.length) {
        const grown = new Float64Array(n * 2);
        grown.set(hours);
        hours = grown;
      }
      hours[n++] = h;
    },
    result() {
      const sorted = hours.subarray(0, n).sort();
      return { count: n, repliedBefore, medianHours: percentile(sorted, 0.5), p90Hours: percentile(sorted, 0.9) };
    },
  };
}

export interface OnTimeRate {
  /** Entries captured in the period that have a reply (whatever the verdict). */
  replied: number;
  onTime: number;
  late: number;
  /** Of the late ones, still without a reply. */
  lateUnreplied: number;
  /** Not replied and not yet due: not judged. */
  pending: number;
  /** Already replied when captured: not judged. */
  beforeCapture: number;
  /** onTime / (onTime + late); null when nothing can be judged yet. */
  rate: number | null;
}

/** On-time rate of the entries captured in the period that had a due time. */
export function onTimeCollector(): Collector<OnTimeRate> {
  let replied = 0;
  let onTime = 0;
  let late = 0;
  let lateUnreplied = 0;
  let pending = 0;
  let beforeCapture = 0;
  return {
    add({ entry, captured, verdict }) {
      if (!captured) return;
      if (entry.reply) replied++;
      if (verdict === 'on_time') onTime++;
      else if (verdict === 'late') {
        late++;
        if (!entry.reply) lateUnreplied++;
      } else if (verdict === 'pending') pending++;
      else if (verdict === 'before_capture') beforeCapture++;
    },
    result: () => ({ replied, onTime, late, lateUnreplied, pending, beforeCapture, rate: onTime + late ? onTime / (onTime + late) : null }),
  };
}

export interface OverdueItem {
  entry: LedgerEntry;
  overdueHours: number;
}

/** Entries still waiting for a reply whose due time has passed, most overdue first. Ignores the period. */
export function overdueCollector(ctx: StatsContext): Collector<OverdueItem[]> {
  const items: OverdueItem[] = [];
  return {
    add({ entry }) {
      if (entry.reply || entry.dueAt === null || !AWAITING_REPLY.includes(entry.status)) return;
      const late = ctx.nowMs - Date.parse(entry.dueAt);
      if (late > 0) items.push({ entry, overdueHours: late / HOUR_MS });
    },
    result: () => items.sort((a, b) => b.overdueHours - a.overdueHours),
  };
}

/** Feeds every entry once to every collector. */
export function runCollectors(entries: readonly LedgerEntry[], ctx: StatsContext, collectors: Collector<unknown>[]): void {
  const from = ctx.period.from.getTime();
  const to = ctx.period.to.getTime();
  const within = (iso: string) => {
    const t = Date.parse(iso);
    return t >= from && t < to;
  };
  for (const entry of entries) {
    const facts: EntryFacts = {
      entry,
      captured: within(entry.capturedAt),
      repliedInPeriod: entry.reply !== null && within(entry.reply.at),
      verdict: onTimeVerdict(entry, ctx.nowMs),
    };
    for (const c of collectors) c.add(facts);
  }
}
