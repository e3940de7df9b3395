import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { LedgerDb } from '@/utils/ledger/db';
import { LedgerPanel } from '@/entrypoints/dashboard/panels/LedgerPanel';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';
import { quietBrowser } from './dom-setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const HOSTILE = '<img src=x onerror="window.__pwned=1">井盖';

const rows = (root: Element) => [...root.querySelectorAll('tr[data-fw-ledger-row]')];
const rowKeys = (root: Element) => rows(root).map((r) => r.getAttribute('data-fw-ledger-row'));

async function shown(root: Element, count: number) {
  await waitFor(() => expect(root.querySelector('[data-fw-ledger]')?.getAttribute('aria-busy')).toBe('false'), { timeout: 3000 });
  expect(root.querySelector('[data-fw-ledger]')?.getAttribute('data-fw-ledger-count')).toBe(String(count));
}

describe('ledger table (台账)', () => {
  beforeEach(async () => {
    quietBrowser();
    db.current = freshDb();
    await db.current.entries.bulkAdd([
      numberedEntry(1, '2026-03-01 09:00', { title: '沿港西路施工太慢', topics: ['road_works'], status: 'new' }),
      numberedEntry(2, '2026-03-02 09:00', { title: HOSTILE, topics: ['municipal_maintenance'], status: 'new' }),
      numberedEntry(3, '2026-03-03 09:00', { title: '违章建筑没人管', status: 'closed' }),
    ]);
    await db.current.events.add({ key: numberedEntry(2, '2026-03-02 09:00').key, uid: 'capture-2', seq: 1, device: null, at: '2026-03-02T09:00:00+08:00', actor: '值班员小张', type: 'capture', note: '登记' });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('shows the entries newest first, with page text as text (no markup is created)', async () => {
    const { container } = render(<LedgerPanel />);
    await shown(container, 3);
    expect(rowKeys(container)).toEqual([numberedEntry(3, '').key, numberedEntry(2, '').key, numberedEntry(1, '').key]);
    await waitFor(() => expect(rows(container)[1]!.textContent).toContain(HOSTILE));
    expect(container.querySelector('tbody img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('filters by status and searches the titles after a pause in typing', async () => {
    const { container } = render(<LedgerPanel />);
    await shown(container, 3);
    fireEvent.change(container.querySelector('select[data-fw-filter="status"]')!, { target: { value: 'new' } });
    await shown(container, 2);
    fireEvent.input(container.querySelector('input[data-fw-filter="search"]')!, { target: { value: '沿港' } });
    await waitFor(() => expect(rowKeys(container)).toEqual([numberedEntry(1, '').key]), { timeout: 3000 });
    expect(container.querySelector('[data-fw-ledger]')?.getAttribute('data-fw-ledger-shown')).toBe('status=new&search=%E6%B2%BF%E6%B8%AF&sort=-capturedAt');
  });

  it('filters by 预警级别, tags 紧急 and 关注 rows, and names the level in the details', async () => {
    await db.current!.entries.bulkPut([
      numberedEntry(4, '2026-03-04 09:00', { title: '脚手架倒塌有人受伤', status: 'new', level: 'urgent' }),
      numberedEntry(5, '2026-03-05 09:00', { title: '业主要去上访', status: 'closed', level: 'watch' }),
    ]);
    const { container } = render(<LedgerPanel />);
    await shown(container, 5);
    const level = container.querySelector('select[data-fw-filter="level"]')!;
    fireEvent.change(level, { target: { value: 'urgent' } });
    await shown(container, 1);
    const urgent = rows(container)[0]!;
    await waitFor(() => expect(urgent.querySelector('.fw-level-tag')?.textContent).toBe('紧急'));
    expect([urgent.getAttribute('data-fw-ledger-row'), urgent.getAttribute('data-fw-level')]).toEqual([numberedEntry(4, '').key, 'urgent']);
    fireEvent.change(level, { target: { value: 'normal' } });
    await shown(container, 3);
    await waitFor(() => expect(rows(container).map((r) => r.getAttribute('data-fw-level'))).toEqual(['normal', 'normal', 'normal']));
    expect(container.querySelectorAll('tbody .fw-level-tag')).toHaveLength(0);
    fireEvent.change(level, { target: { value: 'watch' } });
    await shown(container, 1);
    fireEvent.click(rows(container)[0]!);
    const details = await waitFor(() => container.querySelector(`[data-fw-ledger-details="${numberedEntry(5, '').key}"]`)!);
    await waitFor(() => expect(details.textContent).toContain('预警级别关注'));
  });

  it('opens an entry with its history and the workflow actions', async () => {
    const { container } = render(<LedgerPanel />);
    await shown(container, 3);
    const key = numberedEntry(2, '').key;
    fireEvent.click(container.querySelector(`tr[data-fw-ledger-row="${key}"]`)!);
    const details = await waitFor(() => {
      const el = container.querySelector(`[data-fw-ledger-details="${key}"]`);
      expect(el?.querySelector('tr[data-fw-event="capture"]')).toBeTruthy();
      return el!;
    });
    expect(details.textContent).toContain('值班员小张');
    expect(details.querySelector('h2')!.textContent).toBe(HOSTILE);
    expect(details.querySelector('img')).toBeNull();
    expect(details.querySelector(`[data-fw-entry-actions="${key}"]`)).toBeTruthy();
  });

  it('closes every matching entry at once and says which ones it could not close', async () => {
    vi.stubGlobal('confirm', () => true);
    const { container } = render(<LedgerPanel />);
    await shown(container, 3);
    fireEvent.click(container.querySelector('input[data-fw-select-all]')!);
    await waitFor(() => expect(container.querySelector('[data-fw-selected-count]')?.getAttribute('data-fw-selected-count')).toBe('3'));
    fireEvent.click(container.querySelector('button[data-fw-bulk-action="close"]')!);
    await waitFor(() => expect(container.querySelector('[data-fw-bulk] [role="status"]')?.textContent).toContain('完成 2 条，1 条未处理'));
    expect(container.querySelector('[data-fw-bulk] [role="status"]')?.textContent).toContain('不能改为「已办结」');
    expect((await db.current!.entries.toArray()).map((e) => e.status)).toEqual(['closed', 'closed', 'closed']);
  });

  it('lists the sites that occur in the ledger once the list is opened, and filters by one', async () => {
    await db.current!.entries.add(numberedEntry(4, '2026-03-04 09:00', { site: 'news.daishan.cn' }));
    const { container } = render(<LedgerPanel />);
    await shown(container, 4);
    const select = container.querySelector<HTMLSelectElement>('select[data-fw-filter="site"]')!;
    fireEvent.focus(select);
    await waitFor(() => expect([...select.options].map((o) => o.value)).toEqual(['', 'bbs.daishan.cn', 'news.daishan.cn']));
    fireEvent.change(select, { target: { value: 'news.daishan.cn' } });
    await shown(container, 1);
    expect(rowKeys(container)).toEqual([numberedEntry(4, '', { site: 'news.daishan.cn' }).key]);
  });

  it('shows the source by its site profile name, in the rows and in the site filter', async () => {
    await saveSettings({ ...defaultSettings(), sites: [{ id: 'demo', name: '岱山论坛', match: 'http://127.0.0.1/*', adapter: 'discuz', selectors: null, enabled: true }] });
    await db.current!.entries.add(numberedEntry(4, '2026-03-04 09:00', { site: '127.0.0.1:8090' }));
    const { container } = render(<LedgerPanel />);
    await shown(container, 4);
    const sourceOf = (key: string) => container.querySelector(`tr[data-fw-ledger-row="${key}"] td:last-child`)?.textContent;
    await waitFor(() => expect(sourceOf(numberedEntry(4, '', { site: '127.0.0.1:8090' }).key)).toBe('岱山论坛'));
    expect(sourceOf(numberedEntry(1, '').key)).toBe('bbs.daishan.cn');
    const select = container.querySelector<HTMLSelectElement>('select[data-fw-filter="site"]')!;
    fireEvent.focus(select);
    await waitFor(() => expect([...select.options].map((o) => o.textContent)).toContain('岱山论坛'));
  });

  it('keeps only the visible rows in the page with a large ledger', async () => {
    await db.current!.entries.bulkAdd(Array.from({ length: 3000 }, (_, i) => numberedEntry(100 + i, '2026-02-01 09:00')));
    const { container } = render(<LedgerPanel />);
    await shown(container, 3003);
    expect(rows(container).length).toBeGreaterThan(10);
    expect(rows(container).length).toBeLessThan(60);
  });
});
