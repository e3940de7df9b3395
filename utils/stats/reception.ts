// How the replies to the posts collected in the period were received: 好评率 and 追问.
import type { LedgerEntry } from '../ledger/types';
import type { Collector, StatsContext } from './collectors';
import { monthKeyOf, monthsOf } from './period';

export interface ReceptionCounts {
  /** Entries with a reply. */
  replied: number;
  /** Of those, entries with at least one 好评 after the reply. */
  praised: number;
  /** 追问 posts, however many one entry got. */
  pushbacks: number;
  /** praised / replied; null when nothing was replied. */
  rate: number | null;
}

export interface ReceptionStats {
  total: ReceptionCounts;
  /** Every month of the period (by capture month), including empty ones. */
  byMonth: Record<string, ReceptionCounts>;
  /** By department (`''` = none yet). */
  byDepartment: Record<string, ReceptionCounts>;
}

type Tally = Omit<ReceptionCounts, 'rate'>;

const empty = (): Tally => ({ replied: 0, praised: 0, pushbacks: 0 });
const withRate = (t: Tally): ReceptionCounts => ({ ...t, rate: t.replied ? t.praised / t.replied : null });

function count(tally: Tally, entry: LedgerEntry): void {
  tally.pushbacks += entry.reception?.pushback ?? 0;
  if (!entry.reply) return;
  tally.replied++;
  if ((entry.reception?.praise ?? 0) > 0) tally.praised++;
}

export function receptionCollector(ctx: StatsContext): Collector<ReceptionStats> {
  const total = empty();
  const byMonth = new Map(monthsOf(ctx.period).map((m) => [m, empty()]));
  const byDepartment = new Map<string, Tally>();
  return {
    add({ entry, captured }) {
      if (!captured) return;
      count(total, entry);
      const month = byMonth.get(monthKeyOf(entry.capturedAt));
      if (month) count(month, entry);
      const department = entry.department ?? '';
      if (!byDepartment.has(department)) byDepartment.set(department, empty());
      count(byDepartment.get(department)!, entry);
    },
    result: () => ({
      total: withRate(total),
      byMonth: Object.fromEntries([...byMonth].map(([m, t]) => [m, withRate(t)])),
      byDepartment: Object.fromEntries([...byDepartment].map(([d, t]) => [d, withRate(t)])),
    }),
  };
}
