import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { LedgerDb } from '@/utils/ledger/db';
import { StatsPanel } from '@/entrypoints/dashboard/panels/StatsPanel';
import { entry, freshDb } from './make-ledger';
import { quietBrowser } from './dom-setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const reply = (at: string) => ({ at, author: '岱山建设', url: 'https://bbs.daishan.cn/forum.php?pid=1', pid: '1', detected: true });

const cells = (row: Element | null | undefined) => [...(row?.querySelectorAll('td, th') ?? [])].map((c) => c.textContent);

async function ready(root: Element) {
  await waitFor(() => expect(root.querySelector('[data-fw-stats-state]')?.getAttribute('data-fw-stats-state')).toBe('ready'), { timeout: 3000 });
}

describe('statistics panel', () => {
  beforeEach(async () => {
    quietBrowser();
    // happy-dom has no canvas: the charts report that and the tables carry the numbers.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-20T12:00:00+08:00'));
    db.current = freshDb();
    await db.current.entries.bulkAdd([
      // Replied after 2 hours, on time.
      entry(1, '2026-03-02 09:00', { topics: ['road_works'], department: '城建科', status: 'replied', dueAt: '2026-03-02T17:30:00+08:00', reply: reply('2026-03-02T11:00:00+08:00') }),
      // Replied after 26 hours, late.
      entry(2, '2026-03-05 09:00', { topics: ['road_works', 'municipal_maintenance'], department: '市政所', status: 'replied', dueAt: '2026-03-05T17:30:00+08:00', reply: reply('2026-03-06T11:00:00+08:00') }),
      // Still waiting, overdue.
      entry(3, '2026-03-10 09:00', { topics: ['municipal_maintenance'], title: '<b>井盖</b>', status: 'new', dueAt: '2026-03-10T17:30:00+08:00' }),
      entry(4, '2026-02-10 09:00', { topics: ['road_works'], status: 'closed' }),
    ]);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("reports this month's numbers with known answers", async () => {
    const { container } = render(<StatsPanel />);
    await ready(container);
    const stat = (id: string) => cells(container.querySelector(`[data-fw-stat="${id}"]`))[1];
    expect(stat('captured')).toBe('3');
    expect(stat('replies')).toContain('2 条');
    expect(stat('median')).toBe('14.0 小时');
    expect(stat('p90')).toBe('23.6 小时');
    expect(stat('on-time')).toContain('33.3%');
    expect(stat('overdue')).toBe('1');

    const monthTable = container.querySelector('[data-fw-stats="month-topic"] table')!;
    expect(cells(monthTable.querySelector('thead tr'))).toEqual(['月份', '市政维护', '道路工程', '合计']);
    expect(cells(monthTable.querySelector('tr[data-fw-month="2026-03"]'))).toEqual(['2026-03', '2', '2', '3']);

    const overdue = container.querySelector('[data-fw-stats="overdue"]')!;
    expect(overdue.querySelector('td')!.textContent).toBe('<b>井盖</b>');
    expect(overdue.querySelector('b')).toBeNull();

    const departments = [...container.querySelectorAll('[data-fw-stats="department"] tbody tr')].map(cells);
    expect(departments).toEqual([
      ['城建科', '1', '1', '1', '0'],
      ['市政所', '1', '1', '0', '1'],
      ['未分派', '1', '0', '0', '1'],
    ]);
  });

  it('switches to last month and to a custom period, and explains a wrong range', async () => {
    const { container } = render(<StatsPanel />);
    await ready(container);
    fireEvent.change(container.querySelector('select[data-fw-period]')!, { target: { value: 'lastMonth' } });
    await waitFor(() => expect(container.querySelector('.fw-report-title')?.textContent).toContain('2026年2月'));
    expect(cells(container.querySelector('tr[data-fw-month="2026-02"]'))).toEqual(['2026-02', '1', '1']);

    fireEvent.change(container.querySelector('select[data-fw-period]')!, { target: { value: 'custom' } });
    fireEvent.change(container.querySelector('input[data-fw-period-from]')!, { target: { value: '2026-03-31' } });
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('结束日期早于开始日期'));
  });
});
