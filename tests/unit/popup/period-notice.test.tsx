import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { PeriodNotice } from '@/entrypoints/popup/PeriodNotice';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { DEFAULT_SENSITIVE_PERIODS } from '@/utils/warning/defaults';

const noticeOn = (at: string) => {
  const { container } = render(<PeriodNotice periods={DEFAULT_SENSITIVE_PERIODS} calendar={new WorkCalendar()} now={new Date(at)} />);
  return container.querySelector('[data-fw-period]');
};

describe('the popup’s sensitive-period notice', () => {
  afterEach(cleanup);

  it('names the period with its dates and what it changes', () => {
    const notice = noticeOn('2026-03-05T10:00:00+08:00');
    expect(notice?.getAttribute('data-fw-period')).toBe('two-sessions');
    expect(notice?.textContent).toBe('敏感时期：全国两会（03-01 至 03-15） · 匹配的帖子一律列为关注 · 首次回复 4 个工作小时内 · 加巡 11:00、16:30');
  });

  it('names the holiday for the holidays period, together with another active period', () => {
    const notice = noticeOn('2026-01-01T10:00:00+08:00');
    expect(notice?.getAttribute('data-fw-period')).toBe('year-end,holidays');
    expect(notice?.textContent).toBe('敏感时期：岁末年初（12-15 至 01-15）、法定节假日（元旦） · 加巡 10:00、16:00、16:30');
  });

  it('says nothing on an ordinary day', () => {
    expect(noticeOn('2026-06-10T10:00:00+08:00')).toBeNull();
  });
});
