import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import { loadCalendarRefresh, loadLoadedCalendar, saveCalendarRefresh } from '@/utils/deadline/calendar-store';
import { CalendarPanel } from '@/entrypoints/dashboard/panels/CalendarPanel';
import { CHINESE_DAYS_2027 } from '../deadline/calendar-2027';
import { pickFile } from './dom-setup';

const warning = (root: Element) => root.querySelector('[data-fw-calendar-warning]');

async function panel() {
  const view = render(<CalendarPanel />);
  await waitFor(() => expect(view.container.querySelector('[data-fw-holiday-data]')).toBeTruthy());
  return view.container;
}

describe('日历与时限 panel: holiday data', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00+08:00'));
    await browser.storage.local.clear();
    await saveSettings(defaultSettings());
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('warns about 2027 with a button that opens the file chooser', async () => {
    const root = await panel();
    expect(warning(root)?.textContent).toContain('日历缺少 2027 年的节假日数据');
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.matches('input[type=file][data-fw-calendar-file]')).toBe(true);
    });
    fireEvent.click(warning(root)!.querySelector('[data-fw-action="calendar-load"]')!);
    expect(click).toHaveBeenCalledOnce();
  });

  it('loads a 2027 file: the warning goes and a deadline is carried over 春节', async () => {
    const root = await panel();
    pickFile(root.querySelector('input[data-fw-calendar-file]')!, new File([CHINESE_DAYS_2027], '2027.json'));
    await waitFor(() => expect(root.querySelector('[data-fw-calendar-load="ok"]')?.textContent).toBe('已载入，含 2027 年'));
    await waitFor(() => expect(warning(root)).toBeNull());
    expect(root.querySelector('[data-fw-calendar-source="file"]')?.textContent).toContain('2027.json');
    fireEvent.input(root.querySelector('input[name=previewAt]')!, { target: { value: '2027-02-04T18:00' } });
    await waitFor(() => expect(root.querySelector('[data-fw-preview-due]')?.getAttribute('data-fw-preview-due')).toBe('2027-02-15T17:30:00+08:00'));
  });

  it('refuses a broken file with its problems and keeps the calendar as it was', async () => {
    const root = await panel();
    pickFile(root.querySelector('input[data-fw-calendar-file]')!, new File(['{"holidays": {"2027-02-30": "春节"}, "workdays": {}}'], 'bad.json'));
    await waitFor(() => expect(root.querySelector('[data-fw-calendar-load="failed"]')?.textContent).toContain('“2027-02-30”不是 YYYY-MM-DD 格式的真实日期'));
    expect(await loadLoadedCalendar()).toBeNull();
    expect(warning(root)).toBeTruthy();
  });

  it('shows the last failed refresh with its time, and offers a refresh in the warning', async () => {
    await saveCalendarRefresh({ address: 'http://intranet.example/2027.ics', lastError: { message: '服务器返回 HTTP 503', at: '2026-12-01T03:00:00+08:00' } });
    const root = await panel();
    await waitFor(() =>
      expect(root.querySelector('[data-fw-calendar-refresh-error]')?.textContent).toBe('2026-12-01 03:00 更新失败，仍使用原有数据：服务器返回 HTTP 503'),
    );
    expect(warning(root)?.querySelector('[data-fw-action="calendar-refresh"]')).toBeTruthy();
  });

  it.each([
    [true, 'http://intranet.example/2027.ics'],
    [false, null],
  ])('saves the office address only when access to its origin is granted (%s)', async (granted, stored) => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(granted as never);
    const root = await panel();
    fireEvent.input(root.querySelector('input[name=calendarAddress]')!, { target: { value: 'http://intranet.example/2027.ics' } });
    fireEvent.click(root.querySelector('[data-fw-action="calendar-address-save"]')!);
    await waitFor(() => expect(request).toHaveBeenCalledWith({ origins: ['http://intranet.example/*'] }));
    await waitFor(() => expect(root.textContent).toContain(granted ? '地址已保存' : '没有获得访问该地址的权限'));
    expect((await loadCalendarRefresh()).address).toBe(stored);
  });

  it('refuses an address that is not http(s) without asking for anything', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const root = await panel();
    fireEvent.input(root.querySelector('input[name=calendarAddress]')!, { target: { value: 'file:///C:/日历.ics' } });
    fireEvent.click(root.querySelector('[data-fw-action="calendar-address-save"]')!);
    await waitFor(() => expect(root.textContent).toContain('地址应以 http:// 或 https:// 开头'));
    expect(request).not.toHaveBeenCalled();
  });
});
