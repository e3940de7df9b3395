// The statistics of a period from the tallies: the day cells of the period, plus the few
// entries whose verdict depends on the current time (waiting, due from now on) and the
// most overdue ones (most-overdue.ts), read through the [status+dueAt] index.
import Dexie from 'dexie';
import type { LedgerDb } from '../ledger/db';
import { SEP, TALLIES_READY, type TallyRow } from '../ledger/tally-cells';
import { AWAITING_REPLY, type LedgerEntry } from '../ledger/types';
import { dayKey, toShanghaiISO } from '../time/shanghai';
import type { GroupCounts, MonthLevelCounts, MonthTopicCounts, ReplyCounts, ResponseTimes } from './collectors';
import type { ReceptionCounts, ReceptionStats } from './reception';
import type { LedgerStats, StatsOptions } from './ledger-stats';
import { monthsOf } from './period';
import { percentile } from './percentile';
import { CAPTURE_CELL, GROUP_OF, groupCounter, LEDGER_CELL, REPLY_CELL, settledVerdict, type GroupKind } from './stats-cells';
import { LEVELS } from '../ledger/entry-level';
import { DUE_MARGIN_MS, mostOverdue } from './most-overdue';
import { HOUR_MS } from '../time/units';

/** How many of the most overdue entries the report lists. */
export const OVERDUE_SHOWN = 200;

const add = (into: Record<string, number>, key: string, by: number) => (into[key] = (into[key] ?? 0) + by);

function cellsBetween(db: LedgerDb, prefix: string, fromDay: string, toDay: string): Promise<TallyRow[]> {
  return db.tallies.where('id').between(prefix + fromDay, prefix + toDay, true, false).toArray();
}

/** Entries waiting for a reply whose due time has not passed at `nowMs`. */
async function pendingEntries(db: LedgerDb, nowMs: number): Promise<LedgerEntry[]> {
  const lower = toShanghaiISO(nowMs - DUE_MARGIN_MS);
  const found = await Promise.all(AWAITING_REPLY.map((s) => db.entries.where('[status+dueAt]').between([s, lower], [s, Dexie.maxKey]).toArray()));
  return found.flat().filter((e) => settledVerdict(e) === 'wait' && Date.parse(e.dueAt!) >= nowMs);
}

function monthTopic(cells: readonly TallyRow[], months: string[]): MonthTopicCounts {
  const counts: Record<string, Record<string, number>> = Object.fromEntries(months.map((m) => [m, {}]));
  const monthTotals: Record<string, number> = Object.fromEntries(months.map((m) => [m, 0]));
  const topicTotals: Record<string, number> = {};
  let total = 0;
  for (const { id, counts: c } of cells) {
    const month = id.slice(CAPTURE_CELL.length, CAPTURE_CELL.length + 7);
    total += c.n ?? 0;
    add(monthTotals, month, c.n ?? 0);
    for (const [name, n] of Object.entries(c)) {
      if (!name.startsWith(`t${SEP}`)) continue;
      const topic = name.slice(2);
      add(counts[month]!, topic, n);
      add(topicTotals, topic, n);
    }
  }
  return { months, topics: Object.keys(topicTotals).sort(), counts, monthTotals, topicTotals, total };
}

const withRate = (replied: number, praised: number, pushbacks: number): ReceptionCounts => ({
  replied,
  praised,
  pushbacks,
  rate: replied ? praised / replied : null,
});

function reception(cells: readonly TallyRow[], months: string[]): ReceptionStats {
  const month = (id: string) => id.slice(CAPTURE_CELL.length, CAPTURE_CELL.length + 7);
  const sumOf = (list: readonly TallyRow[], name: string) => list.reduce((n, c) => n + (c.counts[name] ?? 0), 0);
  const of = (list: readonly TallyRow[], prefix = '') => withRate(sumOf(list, `${prefix}r`), sumOf(list, `${prefix}pr`), sumOf(list, `${prefix}pb`));
  const departments = new Set(cells.flatMap((c) => Object.keys(c.counts).filter((n) => n.startsWith(`d${SEP}`) && n.endsWith(`${SEP}n`)).map((n) => n.slice(2, -2))));
  return {
    total: of(cells),
    byMonth: Object.fromEntries(months.map((m) => [m, of(cells.filter((c) => month(c.id) === m))])),
    byDepartment: Object.fromEntries([...departments].map((d) => [d, of(cells, groupCounter('d', d, ''))])),
  };
}

/** Entries captured per month and level, from the level groups' `n` counters. */
function monthLevels(cells: readonly TallyRow[], months: string[]): MonthLevelCounts {
  const out: MonthLevelCounts = Object.fromEntries(months.map((m) => [m, {}]));
  for (const { id, counts } of cells) {
    const row = out[id.slice(CAPTURE_CELL.length, CAPTURE_CELL.length + 7)]!;
    for (const level of LEVELS) {
      const n = counts[groupCounter('l', level, 'n')];
      if (n) row[level] = (row[level] ?? 0) + n;
    }
  }
  return out;
}

function groups(cells: readonly TallyRow[], kind: GroupKind, pending: readonly LedgerEntry[]): Record<string, GroupCounts> {
  const out: Record<string, GroupCounts> = {};
  const waiting: Record<string, number> = {};
  const prefix = `${kind}${SEP}`;
  for (const { counts } of cells) {
    for (const [name, n] of Object.entries(counts)) {
      if (!name.startsWith(prefix)) continue;
      const cut = name.lastIndexOf(SEP);
      const group = name.slice(prefix.length, cut);
      const g = (out[group] ??= { captured: 0, replied: 0, onTime: 0, late: 0 });
      const counter = name.slice(cut + 1);
      if (counter === 'n') g.captured += n;
      else if (counter === 'r') g.replied += n;
      else if (counter === 'on_time') g.onTime += n;
      else if (counter === 'late') g.late += n;
      else if (counter === 'wait') add(waiting, group, n);
    }
  }
  for (const e of pending) add(waiting, GROUP_OF[kind](e), -1);
  for (const [group, n] of Object.entries(waiting)) out[group]!.late += n;
  return out;
}

function replies(cells: readonly TallyRow[]): ReplyCounts {
  const out: ReplyCounts = { total: 0, bySite: {}, byAuthor: {}, detected: 0 };
  for (const { counts } of cells) {
    for (const [name, n] of Object.entries(counts)) {
      if (name === 'n') out.total += n;
      else if (name === 'det') out.detected += n;
      else if (name.startsWith(`s${SEP}`)) add(out.bySite, name.slice(2), n);
      else if (name.startsWith(`a${SEP}`)) add(out.byAuthor, name.slice(2), n);
    }
  }
  return out;
}

function responseTimes(cells: readonly TallyRow[], from: 'c' | 'p'): ResponseTimes {
  const prefix = `h${from}${SEP}`;
  const hours: number[] = [];
  let repliedBefore = 0;
  for (const { counts } of cells) {
    repliedBefore += counts[`rb${from}`] ?? 0;
    for (const [name, n] of Object.entries(counts)) {
      if (!name.startsWith(prefix)) continue;
      const h = Number(name.slice(prefix.length)) / HOUR_MS;
      for (let i = 0; i < n; i++) hours.push(h);
    }
  }
  const sorted = Float64Array.from(hours).sort();
  return { count: sorted.length, repliedBefore, medianHours: percentile(sorted, 0.5), p90Hours: percentile(sorted, 0.9) };
}

/** The period's first and last-plus-one Shanghai days, or null when it does not start and end at midnight there. */
function periodDays(options: StatsOptions): { fromDay: string; toDay: string } | null {
  const fromDay = dayKey(options.from);
  const toDay = dayKey(options.to);
  const midnight = (d: Date, day: string) => toShanghaiISO(d) === `${day}T00:00:00+08:00`;
  return midnight(options.from, fromDay) && midnight(options.to, toDay) ? { fromDay, toDay } : null;
}

/** Every statistic of `ledgerStats` for the period, or null when the tallies are not built or the period is not whole days. */
export async function talliedStats(db: LedgerDb, options: StatsOptions): Promise<LedgerStats | null> {
  const days = periodDays(options);
  if (!days) return null;
  const nowMs = (options.now ?? new Date()).getTime();
  const [ready, captured, replied, ledger, pendingAll, overdue] = await Promise.all([
    db.tallies.get(TALLIES_READY),
    cellsBetween(db, CAPTURE_CELL, days.fromDay, days.toDay),
    cellsBetween(db, REPLY_CELL, days.fromDay, days.toDay),
    db.tallies.get(LEDGER_CELL),
    pendingEntries(db, nowMs),
    mostOverdue(db, nowMs, OVERDUE_SHOWN),
  ]);
  if (!ready) return null;
  const from = options.from.getTime();
  const to = options.to.getTime();
  const pending = pendingAll.filter((e) => {
    const t = Date.parse(e.capturedAt);
    return t >= from && t < to;
  });
  const sum = (name: string) => captured.reduce((n, c) => n + (c.counts[name] ?? 0), 0);
  const waitLate = sum('wait') - pending.length;
  const onTime = sum('on_time');
  const late = sum('late') + waitLate;
  const months = monthsOf(options);
  return {
    byMonthTopic: monthTopic(captured, months),
    bySite: groups(captured, 's', pending),
    byDepartment: groups(captured, 'd', pending),
    byLevel: groups(captured, 'l', pending),
    byMonthLevel: monthLevels(captured, months),
    replies: replies(replied),
    responseTime: responseTimes(captured, options.responseFrom === 'postedAt' ? 'p' : 'c'),
    onTime: {
      replied: sum('r'),
      onTime,
      late,
      lateUnreplied: waitLate,
      pending: pending.length,
      beforeCapture: sum('before_capture'),
      rate: onTime + late ? onTime / (onTime + late) : null,
    },
    overdue,
    overdueTotal: (ledger?.counts.wait ?? 0) - pendingAll.length,
    reception: reception(captured, months),
  };
}

