import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '@/utils/ledger/types';
import { fromWall, toShanghaiISO } from '@/utils/time/shanghai';
import { NO_TOPIC } from '@/utils/stats/collectors';
import {
  byDepartment,
  bySite,
  ledgerStats,
  monthByTopic,
  onTimeRate,
  overdueList,
  repliesMade,
  responseTimes,
} from '@/utils/stats/ledger-stats';
import { thisYear } from '@/utils/stats/period';
import { makeEntry, reply } from '../../support/entry';

const NOW = fromWall(2026, 6, 15, 12, 0);
const YEAR_2026 = thisYear(NOW);
const TOPICS = ['road', 'municipal', 'housing'];
const HOUR = 3600_000;

/** By construction: month m (1–12), topic k (0–2) holds m + k entries. */
const expectedCount = (month: number, k: number) => month + k;

function generatedLedger(): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (let month = 1; month <= 12; month++) {
    TOPICS.forEach((topic, k) => {
      for (let i = 0; i < expectedCount(month, k); i++) {
        // Alternate the first minutes of the month in Shanghai (still the previous
        // month in UTC, written with Z) and the last minutes of the month.
        const at = i % 2 === 0 ? fromWall(2026, month, 1, 0, 30) : fromWall(2026, month + 1, 1, 0, 0, -30);
        const capturedAt = i % 4 === 0 ? at.toISOString().replace('.000Z', 'Z') : toShanghaiISO(at);
        entries.push(makeEntry({ topics: [topic], capturedAt, site: k === 0 ? 'bbs.daishan.cn' : 'news.daishan.cn' }));
      }
    });
  }
  return entries;
}

describe('monthByTopic', () => {
  const ledger = generatedLedger();

  it('counts entries per Shanghai month and topic, whatever the timestamp zone', () => {
    const result = monthByTopic(ledger, YEAR_2026);
    expect(result.months).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    for (let month = 1; month <= 12; month++) {
      const key = `2026-${String(month).padStart(2, '0')}`;
      TOPICS.forEach((topic, k) => expect(result.counts[key]?.[topic], `${key} ${topic}`).toBe(expectedCount(month, k)));
      expect(result.monthTotals[key]).toBe(3 * month + 3);
    }
    // Σ over months of (m + k) = 78 + 12k
    TOPICS.forEach((topic, k) => expect(result.topicTotals[topic]).toBe(78 + 12 * k));
    expect(result.total).toBe(3 * 78 + 12 * 3);
    expect(result.topics).toEqual([...TOPICS].sort());
  });

  it('leaves out entries captured outside the period and lists empty months', () => {
    const edge = [
      makeEntry({ capturedAt: '2025-12-31T23:59:59+08:00' }),
      makeEntry({ capturedAt: '2025-12-31T16:00:00Z' }), // 2026-01-01 00:00 in Shanghai: inside
      makeEntry({ capturedAt: '2027-01-01T00:00:00+08:00' }),
    ];
    const result = monthByTopic(edge, YEAR_2026);
    expect(result.total).toBe(1);
    expect(result.counts['2026-01']).toEqual({ municipal: 1 });
    expect(result.counts['2026-07']).toEqual({});
    expect(result.monthTotals['2026-07']).toBe(0);
  });

  it('counts an entry with two topics under both, once in the month total; untagged under NO_TOPIC', () => {
    const result = monthByTopic(
      [makeEntry({ topics: ['road', 'housing'] }), makeEntry({ topics: [] })],
      { from: fromWall(2026, 3, 1), to: fromWall(2026, 4, 1) },
    );
    expect(result.counts['2026-03']).toEqual({ road: 1, housing: 1, [NO_TOPIC]: 1 });
    expect(result.monthTotals['2026-03']).toBe(2);
  });
});

describe('response times and on-time rate', () => {
  const captured = fromWall(2026, 4, 1, 9, 0).getTime();
  const iso = (ms: number) => toShanghaiISO(ms);
  const hours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const replied = hours.map((h, i) =>
    makeEntry({
      capturedAt: iso(captured),
      postedAt: i === 0 ? null : iso(captured - 2 * HOUR),
      reply: reply(iso(captured + h * HOUR)),
      status: 'replied',
      dueAt: iso(captured + 5 * HOUR), // hours 1–5 on time, 6–10 late
    }),
  );

  it('gives the median and the 90th percentile in hours from capture', () => {
    // sorted 1..10: median (5 + 6) / 2; p90 at rank (10 − 1) × 0.9 = 8.1 → 9 + 0.1 × (10 − 9)
    const r = responseTimes(replied, YEAR_2026);
    expect(r.count).toBe(10);
    expect(r.medianHours).toBeCloseTo(5.5, 9);
    expect(r.p90Hours).toBeCloseTo(9.1, 9);
  });

  it('starts the clock at the post time when asked and known', () => {
    // every entry but the first gains 2 hours: 1, 4, 5, …, 12 → median (7 + 8) / 2
    const r = responseTimes(replied, { ...YEAR_2026, responseFrom: 'postedAt' });
    expect(r.medianHours).toBeCloseTo(7.5, 9);
  });

  it('leaves a reply that was there before the capture out of reply times and the on-time rate', () => {
    const early = makeEntry({ capturedAt: iso(captured), status: 'replied', dueAt: iso(captured + 5 * HOUR), reply: reply(iso(captured - HOUR)) });
    const times = responseTimes([...replied, early], YEAR_2026);
    expect(times).toMatchObject({ count: 10, repliedBefore: 1 });
    expect(times.medianHours).toBeCloseTo(5.5, 9);
    expect(onTimeRate([...replied, early], { ...YEAR_2026, now: NOW })).toEqual({ replied: 11, onTime: 5, late: 5, lateUnreplied: 0, pending: 0, beforeCapture: 1, rate: 0.5 });
  });

  it('keeps the summary consistent: replied = on time + replied late + replied before capture', () => {
    const early = makeEntry({ capturedAt: iso(captured), status: 'follow_up', dueAt: iso(captured + 5 * HOUR), reply: reply(iso(captured - 3 * HOUR)) });
    const waitingLate = makeEntry({ capturedAt: iso(captured), status: 'assigned', dueAt: iso(captured + HOUR) });
    const r = onTimeRate([...replied, early, waitingLate], { ...YEAR_2026, now: NOW });
    expect(r.replied).toBe(r.onTime + (r.late - r.lateUnreplied) + r.beforeCapture);
    expect(r.lateUnreplied).toBe(1);
  });

  it('judges on time by the due time, and counts unanswered overdue entries as late', () => {
    const waitingLate = makeEntry({ capturedAt: iso(captured), status: 'assigned', dueAt: iso(captured + HOUR) });
    const waitingNotDue = makeEntry({ capturedAt: iso(captured), status: 'new', dueAt: iso(NOW.getTime() + HOUR) });
    const closedSilently = makeEntry({ capturedAt: iso(captured), status: 'closed', dueAt: iso(captured + HOUR) });
    const r = onTimeRate([...replied, waitingLate, waitingNotDue, closedSilently], { ...YEAR_2026, now: NOW });
    expect(r).toEqual({ replied: 10, onTime: 5, late: 6, lateUnreplied: 1, pending: 1, beforeCapture: 0, rate: 5 / 11 });
  });

  it('has no rate when nothing can be judged', () => {
    expect(onTimeRate([], YEAR_2026)).toEqual({ replied: 0, onTime: 0, late: 0, lateUnreplied: 0, pending: 0, beforeCapture: 0, rate: null });
  });
});

describe('per site, per department, replies made, overdue', () => {
  const march = (day: number, hour = 9) => toShanghaiISO(fromWall(2026, 3, day, hour));
  const entries = [
    makeEntry({ site: 'a.cn', department: '城建科', capturedAt: march(1), dueAt: march(1, 18), reply: reply(march(1, 10)), status: 'replied' }),
    makeEntry({ site: 'a.cn', department: '城建科', capturedAt: march(2), dueAt: march(2, 18), reply: reply(march(3, 10), { detected: false, author: '城建科小王' }), status: 'replied' }),
    makeEntry({ site: 'b.cn', department: null, capturedAt: march(3), dueAt: march(3, 18), status: 'new' }),
    // captured last year, answered in March: a reply made this year, not a capture
    makeEntry({ site: 'b.cn', capturedAt: '2025-12-30T10:00:00+08:00', reply: reply(march(4)), status: 'closed' }),
  ];
  const opts = { ...YEAR_2026, now: NOW };

  it('groups the captures of the period by site and by department', () => {
    expect(bySite(entries, opts)).toEqual({
      'a.cn': { captured: 2, replied: 2, onTime: 1, late: 1 },
      'b.cn': { captured: 1, replied: 0, onTime: 0, late: 1 },
    });
    expect(byDepartment(entries, opts)).toEqual({
      城建科: { captured: 2, replied: 2, onTime: 1, late: 1 },
      '': { captured: 1, replied: 0, onTime: 0, late: 1 },
    });
  });

  it('counts replies by the day they were made', () => {
    expect(repliesMade(entries, opts)).toEqual({
      total: 3,
      bySite: { 'a.cn': 2, 'b.cn': 1 },
      byAuthor: { 岱山建设: 2, 城建科小王: 1 },
      detected: 2,
    });
  });

  it('lists open unanswered entries past their due time, most overdue first, whatever the period', () => {
    const older = makeEntry({ capturedAt: '2025-11-01T09:00:00+08:00', dueAt: '2025-11-01T18:00:00+08:00', status: 'escalated' });
    const list = overdueList([...entries, older, makeEntry({ dueAt: toShanghaiISO(NOW.getTime() + HOUR) })], opts);
    expect(list.map((i) => i.entry.key)).toEqual([older.key, entries[2]!.key]);
    expect(list[1]?.overdueHours).toBeCloseTo((NOW.getTime() - Date.parse(march(3, 18))) / HOUR, 6);
  });

  it('ledgerStats returns the same answers as the single statistics', () => {
    const all = ledgerStats(entries, opts);
    expect(all.bySite).toEqual(bySite(entries, opts));
    expect(all.replies).toEqual(repliesMade(entries, opts));
    expect(all.onTime).toEqual(onTimeRate(entries, opts));
    expect(all.overdue).toEqual(overdueList(entries, opts));
    expect(all.byMonthTopic).toEqual(monthByTopic(entries, opts));
  });
});

describe('a large ledger', () => {
  it('counts every one of 20,000 entries', () => {
    const start = fromWall(2026, 1, 1).getTime();
    const entries: LedgerEntry[] = [];
    for (let i = 0; i < 20_000; i++) {
      const captured = start + (i % 360) * 24 * HOUR + (i % 17) * HOUR;
      entries.push(
        makeEntry({
          topics: [TOPICS[i % 3]!],
          site: i % 2 ? 'a.cn' : 'b.cn',
          department: i % 5 ? '城建科' : null,
          capturedAt: toShanghaiISO(captured),
          dueAt: toShanghaiISO(captured + 8 * HOUR),
          reply: i % 4 ? reply(toShanghaiISO(captured + (i % 11) * HOUR)) : null,
          status: i % 4 ? 'replied' : 'new',
        }),
      );
    }
    const stats = ledgerStats(entries, { ...YEAR_2026, now: NOW });
    expect(stats.byMonthTopic.total).toBe(20_000);
    expect(stats.onTime.onTime + stats.onTime.late + stats.onTime.pending).toBe(20_000);
  });
});
