import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { LedgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { exportBackup, exportSettings } from '@/utils/transfer/backup';
import { TransferPanel } from '@/entrypoints/dashboard/panels/TransferPanel';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';
import { pickFile, quietBrowser } from './dom-setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const OURS = [numberedEntry(1, '2026-03-01 09:00'), numberedEntry(2, '2026-03-02 09:00', { status: 'assigned', department: '城建科' })];

function backupText(entries = [numberedEntry(7, '2026-02-01 09:00', { title: '<script>alert(1)</script>' })]) {
  const settings = defaultSettings();
  settings.user.name = '备份里的人';
  return exportBackup({
    settings,
    entries,
    events: entries.map((e) => ({ key: e.key, uid: `capture-${e.key}`, seq: 1, device: null, at: e.capturedAt, actor: '老同事', type: 'capture' as const })),
    exportedAt: '2026-02-01T18:00:00+08:00',
  });
}

const file = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });
const result = (root: Element, id: string) => root.querySelector(`[data-fw-result="${id}"]`);

async function panel() {
  const view = render(<TransferPanel />);
  await waitFor(() => expect(view.container.querySelector('input[data-fw-import]')).toBeTruthy());
  return view.container;
}

describe('import and export panel', () => {
  beforeEach(async () => {
    quietBrowser();
    db.current = freshDb();
    await db.current.entries.bulkAdd(OURS);
    await saveSettings(defaultSettings());
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('imports settings through input[data-fw-import], and they round-trip exactly', async () => {
    const root = await panel();
    const wanted = defaultSettings();
    wanted.user = { name: '小王', department: '城建科' };
    wanted.topics = wanted.topics.slice(0, 2);
    const text = exportSettings(wanted);
    pickFile(root.querySelector('input[type=file][data-fw-import]')!, file(text, 'settings.json'));
    await waitFor(() => expect(result(root, 'settings')?.getAttribute('data-fw-ok')).toBe('true'));
    expect(await loadSettings()).toEqual(wanted);
    expect(exportSettings(await loadSettings())).toBe(text);
  });

  it('refuses a settings file with wrong types, names what is wrong, and keeps the settings', async () => {
    const root = await panel();
    const bad = JSON.parse(exportSettings(defaultSettings()));
    bad.settings.reminders.leadMinutes = '六十';
    pickFile(root.querySelector('input[data-fw-import]')!, file(JSON.stringify(bad), 'bad.json'));
    await waitFor(() => expect(result(root, 'settings')?.getAttribute('data-fw-ok')).toBe('false'));
    expect(result(root, 'settings')!.textContent).toContain('settings.reminders.leadMinutes');
    expect(result(root, 'settings')!.getAttribute('role')).toBe('alert');
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('restores a valid backup after confirmation: ledger and settings replaced', async () => {
    const root = await panel();
    pickFile(root.querySelector('input[data-fw-restore]')!, file(backupText()));
    const confirm = await waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>('button[data-fw-confirm-restore]');
      if (!button) throw new Error('no confirmation yet');
      return button;
    });
    expect(root.querySelector('[data-fw-restore-pending]')!.textContent).toContain('1 条记录');
    confirm.click();
    await waitFor(() => expect(result(root, 'restore')?.textContent).toContain('已恢复 1 条记录'));
    expect((await db.current!.entries.toArray()).map((e) => e.title)).toEqual(['<script>alert(1)</script>']);
    expect(await db.current!.events.count()).toBe(1);
    expect((await loadSettings()).user.name).toBe('备份里的人');
  });

  it('refuses a truncated backup with a clear message and leaves the ledger as it was', async () => {
    const root = await panel();
    const text = backupText();
    pickFile(root.querySelector('input[data-fw-restore]')!, file(text.slice(0, text.length / 2)));
    await waitFor(() => expect(result(root, 'restore')?.getAttribute('data-fw-ok')).toBe('false'));
    expect(result(root, 'restore')!.textContent).toMatch(/现有数据没有改动[\s\S]*不是有效的 JSON/);
    expect(root.querySelector('button[data-fw-confirm-restore]')).toBeNull();
    expect(await db.current!.entries.toArray()).toEqual(OURS);
  });

  it("merges a colleague's ledger and reports added, updated and unchanged", async () => {
    const root = await panel();
    const theirs = [
      { ...OURS[1]!, status: 'replied' as const, updatedAt: '2026-03-05T10:00:00+08:00' },
      OURS[0]!,
      numberedEntry(9, '2026-03-04 09:00'),
    ];
    pickFile(root.querySelector('input[data-fw-merge]')!, file(backupText(theirs)));
    await waitFor(() => expect(result(root, 'merge')?.textContent).toContain('新增 1 条，更新 1 条，未变 1 条'));
    expect(await db.current!.entries.count()).toBe(3);
    expect((await db.current!.entries.get(OURS[1]!.key))?.status).toBe('replied');
    expect((await loadSettings()).user.name).toBe(defaultSettings().user.name);
  });
});
