import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { LedgerDb } from '@/utils/ledger/db';
import type { Reception } from '@/utils/ledger/types';
import { StatsPanel } from '@/entrypoints/dashboard/panels/StatsPanel';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';
import { quietBrowser } from './dom-setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const reply = { at: '2026-03-02T11:00:00+08:00', author: '岱山建设', url: 'https://bbs.daishan.cn/forum.php?pid=1', pid: '1', detected: true };
const received = (praise: number, pushback: number): Reception => ({ praise, pushback, latestPraise: null, lastPid: '9', lastAt: null });
const cells = (row: Element | null | undefined) => [...(row?.querySelectorAll('td, th') ?? [])].map((c) => c.textContent);

describe('好评率 and 追问 in the statistics panel', () => {
  beforeEach(async () => {
    quietBrowser();
    // happy-dom has no canvas: the charts report that and the tables carry the numbers.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-20T12:00:00+08:00'));
    db.current = freshDb();
    await db.current.entries.bulkAdd([
      numberedEntry(1, '2026-03-02 09:00', { department: '城建科', status: 'replied', reply, reception: received(2, 0) }),
      numberedEntry(2, '2026-03-03 09:00', { department: '城建科', status: 'in_progress', reply, reception: received(0, 1) }),
      numberedEntry(3, '2026-03-04 09:00', { department: '市政所', status: 'replied', reply }),
      numberedEntry(4, '2026-03-05 09:00', { department: '市政所', status: 'new' }),
    ]);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives the share of replied entries that were praised, and the 追问 count, in the summary, per month and per department', async () => {
    const { container } = render(<StatsPanel />);
    await waitFor(() => expect(container.querySelector('[data-fw-stats-state]')?.getAttribute('data-fw-stats-state')).toBe('ready'), { timeout: 3000 });
    expect(cells(container.querySelector('[data-fw-stat="praise-rate"]'))).toEqual(['好评率（获好评 / 已回复）', '33.3%（1 / 3）']);
    expect(cells(container.querySelector('[data-fw-stat="pushbacks"]'))[1]).toBe('1');
    const rows = (id: string) => [...container.querySelectorAll(`[data-fw-reception-table="${id}"] tbody tr`)].map(cells);
    expect(rows('month')).toEqual([['2026-03', '3', '1', '33.3%', '1']]);
    expect(rows('department')).toEqual([
      ['城建科', '2', '1', '50.0%', '1'],
      ['市政所', '1', '0', '0.0%', '0'],
    ]);
  });
});
