// Discuz! X post times, absolute and relative, read as Asia/Shanghai wall-clock time.
import { afterEach, describe, expect, it } from 'vitest';
import { parseDiscuzTime, readShownTime, type TimeReading } from '@/utils/sites/discuz/times';
import { toShanghaiISO } from '@/utils/time/shanghai';
import { hasFixtures, readLabels } from '../../support/labels';

const CAPTURED = new Date('2026-11-24T17:20:40+08:00');
const iso = (r: TimeReading | null) => r && [r.at, r.earliest, r.latest].map(toShanghaiISO);
const T = (hms: string, day = '2026-11-24') => `${day}T${hms}+08:00`;

const CASES: [text: string, at: string, earliest: string, latest: string][] = [
  ['发表于 2026-11-2 08:41:24', T('08:41:24', '2026-11-02'), T('08:41:24', '2026-11-02'), T('08:41:24', '2026-11-02')],
  ['2026-9-1 09:00', T('09:00:00', '2026-09-01'), T('09:00:00', '2026-09-01'), T('09:00:59', '2026-09-01')],
  ['2026-9-1', T('00:00:00', '2026-09-01'), T('00:00:00', '2026-09-01'), T('23:59:59', '2026-09-01')],
  ['发表于 前天\u00a019:48', T('19:48:00', '2026-11-22'), T('19:48:00', '2026-11-22'), T('19:48:59', '2026-11-22')],
  ['昨天 08:12', T('08:12:00', '2026-11-23'), T('08:12:00', '2026-11-23'), T('08:12:59', '2026-11-23')],
  ['3\u00a0天前', T('17:20:40', '2026-11-21'), T('00:00:01', '2026-11-21'), T('00:00:00', '2026-11-22')],
  ['9 小时前', T('08:20:40'), T('07:20:41'), T('08:20:40')],
  ['半小时前', T('16:50:40'), T('16:20:40'), T('16:50:39')],
  ['5 分钟前', T('17:15:40'), T('17:14:41'), T('17:15:40')],
  ['12 秒前', T('17:20:28'), T('17:20:28'), T('17:20:28')],
  ['刚刚', T('17:20:40'), T('17:20:40'), T('17:20:40')],
];

describe('parseDiscuzTime', () => {
  it.each(CASES)('reads %s', (text, at, earliest, latest) => {
    expect(iso(parseDiscuzTime(text, CAPTURED))).toEqual([at, earliest, latest]);
  });

  it('returns null for text that is not a time', () => {
    for (const text of ['楼主', '', '编辑', '2026年11月2日', '很久以前']) expect(parseDiscuzTime(text, CAPTURED), text).toBeNull();
  });

  it('counts days on the Shanghai calendar across month and year ends', () => {
    const newYear = new Date('2027-01-01T00:30:00+08:00');
    expect(iso(parseDiscuzTime('昨天 23:59', newYear))?.[0]).toBe('2026-12-31T23:59:00+08:00');
    expect(iso(parseDiscuzTime('前天 10:00', newYear))?.[0]).toBe('2026-12-30T10:00:00+08:00');
    expect(iso(parseDiscuzTime('3 天前', newYear))?.slice(1)).toEqual(['2026-12-29T00:00:01+08:00', '2026-12-30T00:00:00+08:00']);
  });

  it('uses the Shanghai day just after midnight, when UTC still has the day before', () => {
    const justAfterMidnight = new Date('2026-11-24T00:05:00+08:00');
    expect(iso(parseDiscuzTime('昨天 22:00', justAfterMidnight))?.[0]).toBe('2026-11-23T22:00:00+08:00');
    expect(iso(parseDiscuzTime('前天 22:00', justAfterMidnight))?.[0]).toBe('2026-11-22T22:00:00+08:00');
  });
});

describe('parseDiscuzTime under other machine time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'])('gives the same instants in %s', (zone) => {
    process.env.TZ = zone;
    // The zone really is in effect for this process's local-time functions.
    expect(new Date('2026-11-24T00:00:00Z').getTimezoneOffset()).toBe(
      { UTC: 0, 'America/Los_Angeles': 480, 'Asia/Kolkata': -330, 'Pacific/Kiritimati': -840 }[zone],
    );
    for (const [text, at, earliest, latest] of CASES) {
      expect(iso(parseDiscuzTime(text, CAPTURED)), `${zone}: ${text}`).toEqual([at, earliest, latest]);
    }
  });
});

describe('readShownTime', () => {
  it('prefers the exact time Discuz puts in the title', () => {
    expect(iso(readShownTime('前天 19:48', '2026-11-22 19:48:14', CAPTURED))?.[0]).toBe('2026-11-22T19:48:14+08:00');
  });

  it('keeps the clock time from the text when the title only has the date', () => {
    expect(iso(readShownTime('前天 15:48', '2026-11-22', CAPTURED))?.[0]).toBe('2026-11-22T15:48:00+08:00');
  });

  it('falls back to whichever of the two is readable', () => {
    expect(iso(readShownTime('3 天前', null, CAPTURED))?.[0]).toBe('2026-11-21T17:20:40+08:00');
    expect(iso(readShownTime('?', '2026-11-23 08:12', CAPTURED))?.[0]).toBe('2026-11-23T08:12:00+08:00');
    expect(readShownTime('?', null, CAPTURED)).toBeNull();
  });
});

describe.skipIf(!hasFixtures)('relative times on the real pages', () => {
  it('always bracket the exact posting time recorded for the post', () => {
    const labels = hasFixtures ? readLabels() : { pages: [] };
    let checked = 0;
    for (const page of labels.pages) {
      for (const post of page.posts ?? []) {
        const reading = parseDiscuzTime(post.posted_at_text, new Date(page.captured_at));
        const exact = new Date(post.posted_at).getTime();
        expect(reading, post.posted_at_text).not.toBeNull();
        expect(exact, `${page.file} pid ${post.pid}: ${post.posted_at_text}`).toBeGreaterThanOrEqual(reading!.earliest.getTime());
        expect(exact, `${page.file} pid ${post.pid}: ${post.posted_at_text}`).toBeLessThanOrEqual(reading!.latest.getTime());
        if (/前|昨天|前天/.test(post.posted_at_text)) checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
