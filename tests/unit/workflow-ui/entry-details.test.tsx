import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import type { LedgerDb } from '../../../utils/ledger/db';
import { defaultSettings } from '../../../utils/settings/defaults';
import { EntryDetails } from '../../../entrypoints/dashboard/panels/ledger/EntryDetails';
import { ledgerWithOnePost, recordMessages, setClock } from './setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('../../../utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

describe('entry details in the dashboard ledger', () => {
  beforeEach(() => {
    recordMessages();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows the quick actions, the handling steps, the reply draft and the history; a step shows up in all of them', async () => {
    const { db: ledger, key } = await ledgerWithOnePost('entry-details');
    db.current = ledger;
    setClock('2026-11-12 09:00');
    const { container } = render(<EntryDetails entryKey={key} settings={defaultSettings()} onClose={() => undefined} />);
    const workflow = await waitFor(() => {
      const el = container.querySelector<HTMLElement>(`[data-fw-workflow="${key}"]`);
      expect(el).toBeTruthy();
      return el!;
    });
    expect(container.querySelector(`[data-fw-entry-actions="${key}"]`)).toBeTruthy();
    expect(container.querySelector(`[data-fw-draft-box="${key}"]`)).toBeTruthy();
    expect(container.querySelector('.fw-details-fields')!.textContent).toContain('新登记');

    fireEvent.click(within(workflow).getByRole('button', { name: '开始办理' }));
    await waitFor(() => expect(container.querySelector('.fw-details-fields')!.textContent).toContain('办理中'));
    await waitFor(() => expect(container.querySelector('tr[data-fw-event="status"]')?.textContent).toContain('新登记 → 办理中'));
  });

  it('lists the history in causal order, also when a merged event came from a PC whose clock was years ahead', async () => {
    const { db: ledger, key } = await ledgerWithOnePost('entry-details-order');
    db.current = ledger;
    await ledger.events.add({ key, uid: 'from-colleague', seq: 2, device: 'pc-colleague', at: '2099-01-01T09:00:00+08:00', actor: '同事', type: 'note', note: '同事的备注' });
    await ledger.events.add({ key, uid: 'ours-later', seq: 3, device: 'pc-ours', at: '2026-11-12T08:30:00+08:00', actor: '值班员', type: 'note', note: '本机随后的备注' });
    setClock('2026-11-12 09:00');
    const { container } = render(<EntryDetails entryKey={key} settings={defaultSettings()} onClose={() => undefined} />);
    await waitFor(() => expect(container.querySelectorAll('tr[data-fw-event]')).toHaveLength(3));
    const rows = [...container.querySelectorAll('tr[data-fw-event]')].map((row) => row.textContent ?? '');
    expect(rows[1]).toContain('同事的备注');
    expect(rows[2]).toContain('本机随后的备注');
  });
});
