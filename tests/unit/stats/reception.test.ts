import { describe, expect, it } from 'vitest';
import type { Reception } from '@/utils/ledger/types';
import { ledgerStats } from '@/utils/stats/ledger-stats';
import { thisYear } from '@/utils/stats/period';
import { fromWall } from '@/utils/time/shanghai';
import { makeEntry, reply } from '../../support/entry';

const NOW = fromWall(2026, 6, 15, 12, 0);

const received = (praise: number, pushback: number): Reception => ({ praise, pushback, latestPraise: null, lastPid: '9', lastAt: null });

describe('好评率 and 追问 in the statistics', () => {
  it('gives the share of replied entries praised after the reply, and the 追问 posts, per month and department', () => {
    const march = '2026-03-02T09:00:00+08:00';
    const april = '2026-04-01T09:00:00+08:00';
    const replied = reply('2026-03-02T11:00:00+08:00');
    const entries = [
      makeEntry({ capturedAt: march, department: '城建科', reply: replied, reception: received(2, 0) }),
      makeEntry({ capturedAt: march, department: '城建科', reply: replied, reception: received(0, 1) }),
      makeEntry({ capturedAt: march, department: '市政所', reply: replied }),
      // Reopened by two pushbacks, not answered again yet: its reply is still there.
      makeEntry({ capturedAt: april, department: '市政所', status: 'in_progress', reply: replied, reception: received(1, 2) }),
      makeEntry({ capturedAt: april, department: '市政所' }),
    ];
    const { reception } = ledgerStats(entries, { ...thisYear(NOW), now: NOW });
    expect(reception.total).toEqual({ replied: 4, praised: 2, pushbacks: 3, rate: 0.5 });
    expect(reception.byMonth['2026-03']).toEqual({ replied: 3, praised: 1, pushbacks: 1, rate: 1 / 3 });
    expect(reception.byMonth['2026-04']).toEqual({ replied: 1, praised: 1, pushbacks: 2, rate: 1 });
    expect(reception.byMonth['2026-05']).toEqual({ replied: 0, praised: 0, pushbacks: 0, rate: null });
    expect(reception.byDepartment).toEqual({
      城建科: { replied: 2, praised: 1, pushbacks: 1, rate: 0.5 },
      市政所: { replied: 2, praised: 1, pushbacks: 2, rate: 0.5 },
    });
  });
});
