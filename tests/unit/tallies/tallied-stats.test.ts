import { beforeAll, describe, expect, it } from 'vitest';
import { LedgerDb } from '@/utils/ledger/db';
import { ledgerStats, type StatsOptions } from '@/utils/stats/ledger-stats';
import { OVERDUE_SHOWN, talliedStats } from '@/utils/stats/tallied-stats';
import { customPeriod, lastMonth, thisMonth, thisYear } from '@/utils/stats/period';
import { rebuildTallies } from '@/utils/ledger/tally-rebuild';
import { markReplied, close } from '@/utils/ledger/actions';
import { ctxAt, sh } from '../ledger/helpers';
import { generatedEntries } from './generated-ledger';

let db: LedgerDb;

/** The statistics counted over every entry (in key order, as the dashboard reads the ledger), the most overdue as the report lists them. */
async function recomputed(options: StatsOptions) {
  const stats = ledgerStats(await db.entries.orderBy('key').toArray(), options);
  return { ...stats, overdue: stats.overdue.slice(0, OVERDUE_SHOWN) };
}

describe('statistics from the tallies', () => {
  beforeAll(async () => {
    db = new LedgerDb('tallied-stats');
    const entries = generatedEntries(900, 21).map((e, i) =>
      i % 7 === 0 ? { ...e, reception: { praise: i % 3, latestPraise: null, pushback: i % 5, lastPid: '', lastAt: null } } : e,
    );
    await db.entries.bulkAdd(entries);
    await rebuildTallies(db);
  });

  it('equal a full recomputation for every period, grouping and time of reading', async () => {
    const nows = [sh('2026-02-10 12:00'), sh('2026-03-03 08:00'), sh('2026-06-01 00:00')];
    for (const now of nows) {
      const periods = [thisMonth(now), lastMonth(now), thisYear(now), customPeriod('2026-01-20', '2026-02-11'), customPeriod('2026-02-14', '2026-02-14')];
      for (const [i, period] of periods.entries()) {
        const options = { ...period, now, responseFrom: i % 2 ? ('postedAt' as const) : ('capturedAt' as const) };
        expect(await talliedStats(db, options), JSON.stringify(options)).toEqual(await recomputed(options));
      }
    }
  });

  it('follow the ledger as it changes', async () => {
    const now = sh('2026-06-01 12:00');
    const options = { ...thisYear(now), now };
    const waiting = await db.entries.where('status').equals('new').limit(3).toArray();
    for (const e of waiting) await markReplied(db, e.key, 'http://127.0.0.1:8080/forum.php?pid=1', '岱山建设', ctxAt('2026-02-10 11:00'));
    await close(db, waiting[0]!.key, ctxAt('2026-02-10 11:30'));
    await db.entries.bulkDelete(await db.entries.where('status').equals('assigned').limit(10).primaryKeys());
    const stats = await talliedStats(db, options);
    expect(stats).toEqual(await recomputed(options));
    expect(stats!.overdueTotal).toBeGreaterThan(OVERDUE_SHOWN);
  });

  it('are not given for a period that does not start at a Shanghai midnight', async () => {
    const period = thisMonth(sh('2026-02-10 12:00'));
    expect(await talliedStats(db, { from: new Date(period.from.getTime() + 3600_000), to: period.to })).toBeNull();
  });
});
