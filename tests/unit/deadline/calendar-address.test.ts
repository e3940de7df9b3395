import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { addressOrigin, addressProblem, refreshFromAddress } from '../../../utils/deadline/calendar-address';
import { loadCalendarRefresh, loadLoadedCalendar, saveCalendarRefresh, saveLoadedCalendar } from '../../../utils/deadline/calendar-store';
import { MAX_CALENDAR_BYTES, readHolidayText } from '../../../utils/deadline/holiday-file';
import { CHINESE_DAYS_2027, ICS_2027 } from './calendar-2027';
import { sh } from './helpers';

const ADDRESS = 'http://intranet.example/calendar/2027.ics';
const served = (body: BodyInit, init?: ResponseInit): typeof fetch => async () => new Response(body, init);

const previous = { data: readHolidayText(CHINESE_DAYS_2027), source: { kind: 'file' as const, name: '2027.json' }, loadedAt: '2026-11-20T09:00:00+08:00' };

describe('refreshing the calendar from the office’s address', () => {
  beforeEach(async () => {
    await browser.storage.local.clear();
    await saveCalendarRefresh({ address: ADDRESS });
  });

  it('stores the fetched data with its source and time', async () => {
    expect(await refreshFromAddress(ADDRESS, sh('2026-12-01 03:00'), served(ICS_2027))).toBeNull();
    const loaded = await loadLoadedCalendar();
    expect(loaded?.source).toEqual({ kind: 'address', name: ADDRESS });
    expect(loaded?.loadedAt).toBe('2026-12-01T03:00:00+08:00');
    expect(loaded?.data.workdays['2027-02-20']).toBe('春节补班');
    expect((await loadCalendarRefresh()).lastError).toBeNull();
  });

  it.each([
    ['a server error', served('oops', { status: 503 }), '服务器返回 HTTP 503'],
    ['an unreachable server', (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch, '无法访问该地址：Failed to fetch'],
    ['a page that is not a calendar', served('<html>登录</html>'), '不认识的文件格式'],
    ['a body over the size limit', served('x'.repeat(MAX_CALENDAR_BYTES + 10)), '日历文件太大'],
    ['a declared size over the limit', served('{}', { headers: { 'content-length': String(MAX_CALENDAR_BYTES * 5) } }), '日历文件太大（5000 kB）'],
  ])('keeps the previous data after %s and shows the error with its time', async (_, fetchFn, message) => {
    await saveLoadedCalendar(previous);
    const error = await refreshFromAddress(ADDRESS, sh('2026-12-02 03:00'), fetchFn);
    expect(error).toContain(message);
    expect(await loadLoadedCalendar()).toEqual(previous);
    expect((await loadCalendarRefresh()).lastError).toEqual({ message: error, at: '2026-12-02T03:00:00+08:00' });
  });

  it('clears the error once a refresh works again', async () => {
    await refreshFromAddress(ADDRESS, sh('2026-12-02 03:00'), served('', { status: 404 }));
    await refreshFromAddress(ADDRESS, sh('2026-12-03 03:00'), served(CHINESE_DAYS_2027));
    expect(await loadCalendarRefresh()).toEqual({ address: ADDRESS, lastError: null });
  });
});

describe('the refresh address', () => {
  it('must be http or https', () => {
    expect(addressProblem('https://intranet.example/cal.ics')).toBeNull();
    expect(addressProblem('file:///etc/passwd')).toBe('地址应以 http:// 或 https:// 开头');
    expect(addressProblem('javascript:alert(1)')).toBe('地址应以 http:// 或 https:// 开头');
    expect(addressProblem('内网日历')).toBe('不是有效的网址：内网日历');
  });

  it('asks for its origin without the port or path', () => {
    expect(addressOrigin('http://10.1.2.3:8080/cal/2027.ics')).toBe('http://10.1.2.3/*');
  });
});
