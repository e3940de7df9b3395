import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LedgerDb } from '@/utils/ledger/db';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { saveSettings } from '@/utils/settings/store';
import { defaultSettings } from '@/utils/settings/defaults';
import type { SyncStatus } from '@/utils/team/sync-status';
import { teamSyncStatusItem } from '@/utils/storage/items';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const session = (roles: string[], state: SyncStatus['state'] = 'idle'): SyncStatus => ({
  state,
  lastSyncAt: '2026-03-20T03:00:00.000Z',
  pending: 2,
  lastError: state === 'offline' ? '连不上服务器 / Cannot reach the server' : null,
  progress: null,
  server: { url: 'http://127.0.0.1:5984', db: 'forumwatch', user: 'xiaowang', roles },
});

const assignedKeys = (root: Element) =>
  [...root.querySelectorAll('[data-fw-group="popupAssignedToMe"] [data-fw-ledger-item]')].map((li) => li.getAttribute('data-fw-ledger-item'));

describe('popup with the shared ledger: sync line and 分派给我', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // The worker's answers: empty 待登记 and 周边动态, and ok to everything else.
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => (['inbox', 'nearby'].includes(message.type) ? { items: [] } : { ok: true })) as never);
    await saveSettings({ ...defaultSettings(), user: { name: '小王', department: '城建科' } });
    db.current = freshDb();
    await db.current.entries.bulkAdd([
      numberedEntry(1, '2026-03-20 09:00', { status: 'assigned', department: '城建科', dueAt: '2026-03-20T17:30:00+08:00' }),
      numberedEntry(2, '2026-03-20 09:10', { status: 'assigned', department: '市政所', dueAt: '2026-03-20T17:30:00+08:00' }),
      numberedEntry(3, '2026-03-19 09:00', { status: 'new', department: '城建科', dueAt: '2026-03-19T17:30:00+08:00' }),
      numberedEntry(4, '2026-03-18 09:00', { status: 'closed', department: '城建科', dueAt: '2026-03-18T17:30:00+08:00' }),
    ]);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it("lists the open entries of the session's department, soonest due first, and shows the sync line", async () => {
    await teamSyncStatusItem.setValue(session(['fw-member', 'fw-dept:城建科']));
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(assignedKeys(container)).toEqual(['bbs.daishan.cn/t3/p3', 'bbs.daishan.cn/t1/p1']));
    const line = container.querySelector('[data-fw-sync-status]')!;
    expect(line.getAttribute('data-fw-sync-state')).toBe('idle');
    expect(line.textContent).toContain('待上传 2 项改动');
  });

  it('follows the fw-dept role over the identity, and updates as the worker reports', async () => {
    await teamSyncStatusItem.setValue(session(['fw-member', 'fw-dept:市政所']));
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(assignedKeys(container)).toEqual(['bbs.daishan.cn/t2/p2']));
    await teamSyncStatusItem.setValue(session(['fw-member', 'fw-dept:市政所'], 'offline'));
    await waitFor(() => expect(container.querySelector('[data-fw-sync-error]')?.textContent).toBe('连不上服务器 / Cannot reach the server'));
  });

  it('shows neither while the shared ledger is not connected', async () => {
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(container.querySelector('[data-fw-group]')).not.toBeNull());
    expect(container.querySelector('[data-fw-sync-status]')).toBeNull();
    expect(assignedKeys(container)).toEqual([]);
  });
});
