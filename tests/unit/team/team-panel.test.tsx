import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamPanel } from '@/entrypoints/dashboard/panels/TeamPanel';
import { StaffPanel } from '@/entrypoints/dashboard/panels/StaffPanel';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import type { SyncStatus } from '@/utils/team/sync-status';
import { teamSyncStatusItem } from '@/utils/storage/items';

const connectedAs = (roles: string[]): SyncStatus => ({
  state: 'idle',
  lastSyncAt: null,
  pending: 0,
  lastError: null,
  progress: null,
  server: { url: 'http://127.0.0.1:5984', db: 'forumwatch', user: 'u', roles },
});

describe('共享台账 panel and the shared settings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(defaultSettings());
  });
  afterEach(cleanup);

  it('saves the badge scope chosen, starting from the whole bureau', async () => {
    const root = render(<TeamPanel />).container;
    await waitFor(() => expect(root.querySelector('[data-fw-badge-scope]')?.getAttribute('data-fw-badge-scope')).toBe('office'));
    fireEvent.click(root.querySelector('input[name="badgeScope"][value="mine"]')!);
    await waitFor(async () => expect((await loadSettings()).badgeScope).toBe('mine'));
    expect(root.querySelector('[data-fw-badge-scope]')!.getAttribute('data-fw-badge-scope')).toBe('mine');
  });

  it('shows the connection section, not connected, before any sync', async () => {
    const root = render(<TeamPanel />).container;
    await waitFor(() => expect(root.querySelector('[data-fw-sync-status]')?.getAttribute('data-fw-sync-state')).toBe('off'));
    expect(root.querySelector('[data-fw-sync-status]')!.getAttribute('data-fw-sync-last')).toBe('');
  });

  it('notes 由局办公室统一发布 on a shared settings panel for a department member, not for the office', async () => {
    await teamSyncStatusItem.setValue(connectedAs(['fw-member', 'fw-dept:城建科']));
    const root = render(<StaffPanel />).container;
    await waitFor(() => expect(root.querySelector('[data-fw-office-published]')?.textContent).toBe('由局办公室统一发布'));
    await teamSyncStatusItem.setValue(connectedAs(['fw-member', 'fw-office']));
    await waitFor(() => expect(root.querySelector('[data-fw-office-published]')).toBeNull());
  });
});
