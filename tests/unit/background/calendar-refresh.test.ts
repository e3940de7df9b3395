import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupCalendarData } from '@/entrypoints/background/calendar-refresh';
import { loadCalendarRefresh, loadLoadedCalendar, saveCalendarRefresh } from '@/utils/deadline/calendar-store';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { CHINESE_DAYS_2027 } from '../deadline/calendar-2027';

const ADDRESS = 'https://intranet.example/holidays/2027.json';
const ALARM = { name: 'fw-calendar-refresh', scheduledTime: Date.now(), periodInMinutes: 1440, persistAcrossSessions: false };

describe('background: the office calendar, refreshed daily', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the office address when the daily alarm fires, and deadlines here use what it got', async () => {
    await browser.storage.local.clear();
    await saveCalendarRefresh({ address: ADDRESS });
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(CHINESE_DAYS_2027);
    });
    setupCalendarData();
    await vi.waitFor(async () => expect(await browser.alarms.get('fw-calendar-refresh')).toMatchObject({ periodInMinutes: 1440 }));
    expect(new WorkCalendar().isWorkingDay('2027-02-05')).toBe(true);

    await fakeBrowser.alarms.onAlarm.trigger(ALARM);
    await vi.waitFor(async () => expect((await loadLoadedCalendar())?.source).toEqual({ kind: 'address', name: ADDRESS }));
    expect(fetched).toEqual([ADDRESS]);
    await vi.waitFor(() => expect(new WorkCalendar().isWorkingDay('2027-02-05')).toBe(false));
  });

  // Goes on from the refresh above (the worker is set up once).
  it('keeps the data it has when the next refresh fails', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 502 }));
    await fakeBrowser.alarms.onAlarm.trigger(ALARM);
    await vi.waitFor(async () => expect((await loadCalendarRefresh()).lastError?.message).toBe('服务器返回 HTTP 502'));
    expect((await loadLoadedCalendar())?.data.holidays['2027-02-05']).toBe('春节');
    expect(new WorkCalendar().isWorkingDay('2027-02-05')).toBe(false);
  });
});
