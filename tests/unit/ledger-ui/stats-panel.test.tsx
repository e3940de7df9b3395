import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { LedgerDb } from '@/utils/ledger/db';
import type { LedgerEntry } from '@/utils/ledger/types';
import { StatsPanel } from '@/entrypoints/dashboard/panels/StatsPanel';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';
import { quietBrowser } from './dom-setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const reply = (at: string) => ({ at, author: '岱山建设', url: 'https://bbs.daishan.cn/forum.php?pid=1', pid: '1', detected: true });

const due = (day: string) => `${day}T17:30:00+08:00`;

const cells = (row: Element | null | undefined) => [...(row?.querySelectorAll('td, th') ?? [])].map((c) => c.textContent);

async function ready(root: Element) {
  await waitFor(() => expect(root.querySelector('[data-fw-stats-state]')?.getAttribute('data-fw-stats-state')).toBe('ready'), { timeout: 3000 });
}

/** A fresh ledger holding `entries`, on 2026-03-20 at noon (Shanghai). */
async function ledgerOn20March(entries: LedgerEntry[]) {
  quietBrowser();
  // happy-dom has no canvas: the charts report that and the tables carry the numbers.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-20T12:00:00+08:00'));
  db.current = freshDb();
  await db.current.entries.bulkAdd(entries);
}

function tidyUp() {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
}

describe('statistics panel', () => {
  beforeEach(() =>
    ledgerOn20March([
      // Replied after 2 hours, on time.
      numberedEntry(1, '2026-03-02 09:00', { topics: ['road_works'], department: '城建科', status: 'replied', dueAt: '2026-03-02T17:30:00+08:00', reply: reply('2026-03-02T11:00:00+08:00') }),
      // Replied after 26 hours, late.
      numberedEntry(2, '2026-03-05 09:00', { topics: ['road_works', 'municipal_maintenance'], department: '市政所', status: 'replied', dueAt: '2026-03-05T17:30:00+08:00', reply: reply('2026-03-06T11:00:00+08:00') }),
      // Still waiting, overdue.
      numberedEntry(3, '2026-03-10 09:00', { topics: ['municipal_maintenance'], title: '<b>井盖</b>', status: 'new', dueAt: '2026-03-10T17:30:00+08:00' }),
      numberedEntry(4, '2026-02-10 09:00', { topics: ['road_works'], status: 'closed' }),
    ]),
  );
  afterEach(tidyUp);

  it("reports this month's numbers with known answers", async () => {
    const { container } = render(<StatsPanel />);
    await ready(container);
    const stat = (id: string) => cells(container.querySelector(`[data-fw-stat="${id}"]`))[1];
    expect(stat('captured')).toBe('3');
    expect(stat('replies')).toContain('2 条');
    expect(stat('median')).toBe('14.0 小时');
    expect(stat('p90')).toBe('23.6 小时');
    expect(stat('on-time')).toBe('33.3%（按时 1，超时 2（其中 1 条逾期仍未回复），未到期 0）');
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
    const shown = container.querySelector('.fw-report-title')!.textContent;
    fireEvent.change(container.querySelector('select[data-fw-period]')!, { target: { value: 'lastMonth' } });
    // This month's report stays, dimmed and not printable, until last month's is read.
    expect(container.querySelector('.fw-report')?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('.fw-report-title')?.textContent).toBe(shown);
    expect(container.querySelector<HTMLButtonElement>('[data-fw-print]')?.disabled).toBe(true);
    await waitFor(() => expect(container.querySelector('.fw-report-title')?.textContent).toContain('2026年2月'));
    expect(container.querySelector('.fw-report')?.getAttribute('aria-busy')).toBe('false');
    expect(cells(container.querySelector('tr[data-fw-month="2026-02"]'))).toEqual(['2026-02', '1', '1']);

    fireEvent.change(container.querySelector('select[data-fw-period]')!, { target: { value: 'custom' } });
    fireEvent.change(container.querySelector('input[data-fw-period-from]')!, { target: { value: '2026-03-31' } });
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('结束日期早于开始日期'));
  });
});

describe('statistics summary', () => {
  beforeEach(() =>
    ledgerOn20March([
      // Replied 3 minutes after capture.
      numberedEntry(1, '2026-03-02 09:00', { status: 'replied', dueAt: due('2026-03-02'), reply: reply('2026-03-02T09:03:00+08:00') }),
      // Replied 30 minutes after capture.
      numberedEntry(2, '2026-03-04 09:00', { status: 'replied', dueAt: due('2026-03-04'), reply: reply('2026-03-04T09:30:00+08:00') }),
      // The staff reply was already in the thread when the post was captured.
      numberedEntry(3, '2026-03-03 09:00', { status: 'replied', dueAt: due('2026-03-03'), reply: reply('2026-03-03T08:00:00+08:00') }),
      // Collected last month, answered this month.
      numberedEntry(4, '2026-02-25 09:00', { status: 'replied', dueAt: due('2026-02-25'), reply: reply('2026-03-01T10:00:00+08:00') }),
    ]),
  );
  afterEach(tidyUp);

  it('counts the collected posts and their replies alike, shows minutes under an hour, and leaves out replies older than the capture', async () => {
    const { container } = render(<StatsPanel />);
    await ready(container);
    const stat = (id: string) => cells(container.querySelector(`[data-fw-stat="${id}"]`))[1];
    expect(stat('captured')).toBe('3');
    expect(stat('replied')).toBe('3');
    // 3 and 30 minutes: median 16.5, p90 3 + 0.9 × 27.
    expect(stat('median')).toBe('17 分钟');
    expect(stat('p90')).toBe('27 分钟');
    expect(stat('on-time')).toBe('100.0%（按时 2，超时 0（其中 0 条逾期仍未回复），未到期 0）');
    expect(stat('replies')).toMatch(/^4 条（按回复时间计入本期，含以前收集的帖子/);
    const note = container.querySelector('[data-fw-stats="summary"] .fw-note')!.textContent;
    expect(note).toContain('登记后回复的 2 条');
    expect(note).toContain('登记时已有本单位回复的帖子（本期 1 条）');
    expect(container.querySelector('.fw-report .fw-note')!.textContent).toContain('制表人：未设置');
  });
});

describe('statistics of an empty period', () => {
  beforeEach(() => ledgerOn20March([]));
  afterEach(tidyUp);

  it('says there is nothing under each table instead of showing bare headers', async () => {
    const { container } = render(<StatsPanel />);
    await ready(container);
    const emptyLine = (id: string) => container.querySelector(`[data-fw-stats="${id}"] tbody [data-fw-empty]`)?.textContent;
    expect(emptyLine('site')).toBe('本期没有收集到舆情。');
    expect(emptyLine('department')).toBe('本期没有收集到舆情。');
    expect(emptyLine('replies')).toBe('本期没有回复。');
    expect(emptyLine('overdue')).toBe('目前没有逾期未回复的帖子。');
  });
});

describe('statistics by 舆情预警 level', () => {
  beforeEach(() =>
    ledgerOn20March([
      // 紧急: one replied within the day, one still waiting past its due time.
      numberedEntry(1, '2026-03-02 09:00', { level: 'urgent', status: 'replied', dueAt: due('2026-03-02'), reply: reply('2026-03-02T10:00:00+08:00') }),
      numberedEntry(2, '2026-03-05 09:00', { level: 'urgent', status: 'new', dueAt: due('2026-03-05') }),
      numberedEntry(3, '2026-03-06 09:00', { level: 'watch', status: 'replied', dueAt: due('2026-03-06'), reply: reply('2026-03-06T11:00:00+08:00') }),
      numberedEntry(4, '2026-03-09 09:00', { status: 'closed' }),
    ]),
  );
  afterEach(tidyUp);

  it('counts each month’s entries per level and gives each level its on-time rate', async () => {
    const { container } = render(<StatsPanel />);
    await ready(container);
    const table = container.querySelector('[data-fw-stats="month-level"] table')!;
    expect(cells(table.querySelector('thead tr'))).toEqual(['月份', '紧急', '关注', '一般', '合计']);
    expect(cells(table.querySelector('tr[data-fw-month="2026-03"]'))).toEqual(['2026-03', '2', '1', '1', '4']);
    expect(cells(table.querySelector('tr[data-fw-level-row="on-time"]'))).toEqual(['按时回复率', '50.0%', '100.0%', '—', '']);
  });
});
