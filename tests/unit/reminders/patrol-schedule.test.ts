import { describe, expect, it } from 'vitest';
import { nextPatrolTime, unvisitedSites } from '@/utils/reminders/patrol-schedule';
import { patternHost } from '@/utils/sites/origin-pattern';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { toShanghaiISO } from '@/utils/time/shanghai';

const calendar = new WorkCalendar();
const next = (now: string, times = ['09:00', '14:30']) => {
  const at = nextPatrolTime(new Date(now), times, calendar);
  return at && toShanghaiISO(at);
};

describe('patrol reminders (上下午各至少一次)', () => {
  it('is at the next configured time on the same working day', () => {
    expect(next('2026-11-24T08:00:00+08:00')).toBe('2026-11-24T09:00:00+08:00');
    expect(next('2026-11-24T09:00:00+08:00')).toBe('2026-11-24T14:30:00+08:00');
  });

  it('skips weekends and public holidays to the next working morning', () => {
    expect(next('2026-11-27T15:00:00+08:00')).toBe('2026-11-30T09:00:00+08:00');
    // National Day 2026: 10-01 to 10-07 off.
    expect(next('2026-09-30T15:00:00+08:00')).toBe('2026-10-08T09:00:00+08:00');
  });

  it('ignores malformed times and has nothing to schedule without any', () => {
    expect(next('2026-11-24T08:00:00+08:00', ['9点', '16:00'])).toBe('2026-11-24T16:00:00+08:00');
    expect(next('2026-11-24T08:00:00+08:00', [])).toBeNull();
  });

  it('lists the enabled sites not visited today', () => {
    const sites = [
      { name: '岱山论坛', host: patternHost('https://bbs.example.cn/*') },
      { name: '民生专栏', host: patternHost('https://news.example.cn/*') },
      { name: '公众留言', host: patternHost('https://zjj.example.gov.cn/*') },
    ];
    expect(unvisitedSites(sites, ['news.example.cn'])).toEqual(['岱山论坛', '公众留言']);
    const wildcard = [{ name: '岱山论坛', host: patternHost('https://*.example.cn/*') }];
    expect(unvisitedSites(wildcard, ['bbs.example.cn'])).toEqual([]);
    expect(unvisitedSites(wildcard, ['example.com'])).toEqual(['岱山论坛']);
  });
});
