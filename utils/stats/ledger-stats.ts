// Statistics for the office's reports. Pure functions over arrays of entries.
import type { LedgerEntry } from '../ledger/types';
import type { Period } from './period';
import {
  groupCollector,
  monthLevelCollector,
  monthTopicCollector,
  onTimeCollector,
  overdueCollector,
  replyCollector,
  responseTimeCollector,
  runCollectors,
  type Collector,
  type GroupCounts,
  type MonthLevelCounts,
  type MonthTopicCounts,
  type OnTimeRate,
  type OverdueItem,
  type ReplyCounts,
  type ResponseTimes,
  type StatsContext,
} from './collectors';
import { receptionCollector, type ReceptionStats } from './reception';
import { GROUP_OF } from './stats-cells';

export interface StatsOptions extends Period {
  /** Defaults to the current time; decides what is overdue or still pending. */
  now?: Date;
  /** Start of the reply clock: capture time (default) or the post's own time when known. */
  responseFrom?: 'capturedAt' | 'postedAt';
}

export interface LedgerStats {
  byMonthTopic: MonthTopicCounts;
  bySite: Record<string, GroupCounts>;
  byDepartment: Record<string, GroupCounts>;
  /** Per 舆情预警 level ('urgent', 'watch', 'normal'). */
  byLevel: Record<string, GroupCounts>;
  byMonthLevel: MonthLevelCounts;
  replies: ReplyCounts;
  responseTime: ResponseTimes;
  onTime: OnTimeRate;
  /** The most overdue entries first: all of them, or at least the first `OVERDUE_SHOWN`. */
  overdue: OverdueItem[];
  /** How many entries are overdue in all. */
  overdueTotal: number;
  reception: ReceptionStats;
}

function contextOf(options: StatsOptions): StatsContext {
  return {
    period: { from: options.from, to: options.to },
    nowMs: (options.now ?? new Date()).getTime(),
    responseFrom: options.responseFrom ?? 'capturedAt',
  };
}

function single<R>(entries: readonly LedgerEntry[], options: StatsOptions, make: (ctx: StatsContext) => Collector<R>): R {
  const ctx = contextOf(options);
  const collector = make(ctx);
  runCollectors(entries, ctx, [collector]);
  return collector.result();
}

/** Every statistic, fed the ledger in chunks (e.g. while reading it from the database). */
export function ledgerStatsAccumulator(options: StatsOptions): { add(entries: readonly LedgerEntry[]): void; result(): LedgerStats } {
  const ctx = contextOf(options);
  const c = {
    byMonthTopic: monthTopicCollector(ctx),
    bySite: groupCollector(GROUP_OF.s),
    byDepartment: groupCollector(GROUP_OF.d),
    byLevel: groupCollector(GROUP_OF.l),
    byMonthLevel: monthLevelCollector(ctx),
    replies: replyCollector(),
    responseTime: responseTimeCollector(ctx),
    onTime: onTimeCollector(),
    overdue: overdueCollector(ctx),
    reception: receptionCollector(ctx),
  };
  const all = Object.values(c);
  return {
    add: (entries) => runCollectors(entries, ctx, all),
    result: () => {
      const overdue = c.overdue.result();
      return {
        byMonthTopic: c.byMonthTopic.result(),
        bySite: c.bySite.result(),
        byDepartment: c.byDepartment.result(),
        byLevel: c.byLevel.result(),
        byMonthLevel: c.byMonthLevel.result(),
        replies: c.replies.result(),
        responseTime: c.responseTime.result(),
        onTime: c.onTime.result(),
        overdue,
        overdueTotal: overdue.length,
        reception: c.reception.result(),
      };
    },
  };
}

/** Everything at once, in one pass over the ledger. */
export function ledgerStats(entries: readonly LedgerEntry[], options: StatsOptions): LedgerStats {
  const acc = ledgerStatsAccumulator(options);
  acc.add(entries);
  return acc.result();
}

export const monthByTopic = (entries: readonly LedgerEntry[], options: StatsOptions) => single(entries, options, monthTopicCollector);
export const bySite = (entries: readonly LedgerEntry[], options: StatsOptions) => single(entries, options, () => groupCollector(GROUP_OF.s));
export const byDepartment = (entries: readonly LedgerEntry[], options: StatsOptions) => single(entries, options, () => groupCollector(GROUP_OF.d));
export const repliesMade = (entries: readonly LedgerEntry[], options: StatsOptions) => single(entries, options, replyCollector);
export const responseTimes = (entries: readonly LedgerEntry[], options: StatsOptions) => single(entries, options, responseTimeCollector);
export const onTimeRate = (entries: readonly LedgerEntry[], options: StatsOptions) => single(entries, options, onTimeCollector);
export const overdueList = (entries: readonly LedgerEntry[], options: StatsOptions) => single(entries, options, overdueCollector);
