import { describe, expect, it } from 'vitest';
import { ledgerStats } from '@/utils/stats/ledger-stats';
import { customPeriod } from '@/utils/stats/period';
import { makeEntry, reply } from '../../support/entry';

const NOW = new Date('2026-03-20T12:00:00+08:00');
const due = (day: string) => `2026-${day}T17:30:00+08:00`;

describe('statistics by 舆情预警 level', () => {
  const entries = [
    // February: one 紧急 replied on time, one 一般.
    makeEntry({ level: 'urgent', capturedAt: '2026-02-10T09:00:00+08:00', dueAt: due('02-10'), status: 'replied', reply: reply('2026-02-10T10:00:00+08:00') }),
    makeEntry({ capturedAt: '2026-02-11T09:00:00+08:00' }),
    // March: 紧急 replied late and 紧急 still waiting past its due time; 关注 on time and 关注 not yet due; 一般 on time.
    makeEntry({ level: 'urgent', capturedAt: '2026-03-02T09:00:00+08:00', dueAt: due('03-02'), status: 'replied', reply: reply('2026-03-03T09:00:00+08:00') }),
    makeEntry({ level: 'urgent', capturedAt: '2026-03-05T09:00:00+08:00', dueAt: due('03-05'), status: 'new' }),
    makeEntry({ level: 'watch', capturedAt: '2026-03-06T09:00:00+08:00', dueAt: due('03-06'), status: 'replied', reply: reply('2026-03-06T11:00:00+08:00') }),
    makeEntry({ level: 'watch', capturedAt: '2026-03-20T09:00:00+08:00', dueAt: due('03-20'), status: 'new' }),
    makeEntry({ capturedAt: '2026-03-09T09:00:00+08:00', dueAt: due('03-09'), status: 'closed', reply: reply('2026-03-09T15:00:00+08:00') }),
  ];
  const stats = ledgerStats(entries, { ...customPeriod('2026-02-01', '2026-03-31'), now: NOW });

  it('count each month’s entries per level', () => {
    expect(stats.byMonthLevel).toEqual({ '2026-02': { urgent: 1, normal: 1 }, '2026-03': { urgent: 2, watch: 2, normal: 1 } });
  });

  it('give each level its replies and its on-time and late entries, the not yet due left out', () => {
    expect(stats.byLevel).toEqual({
      urgent: { captured: 3, replied: 2, onTime: 1, late: 2 },
      watch: { captured: 2, replied: 1, onTime: 1, late: 0 },
      normal: { captured: 2, replied: 1, onTime: 1, late: 0 },
    });
  });
});
