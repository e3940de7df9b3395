import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { LedgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { TransferPanel } from '@/entrypoints/dashboard/panels/TransferPanel';
import { SitesTransfer, type TransferOutcome } from '@/entrypoints/dashboard/panels/sites/SitesTransfer';
import { freshDb } from '../../support/ledger-db';
import { pickFile, quietBrowser } from './dom-setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

/** The element once the panel shows it. */
function shown(root: Element, selector: string): Promise<Element> {
  return waitFor(() => {
    const el = root.querySelector(selector);
    if (!el) throw new Error(`${selector} not shown yet`);
    return el;
  });
}

/** A file that claims `size` bytes and records whether anything read it. */
function hugeFile(size: number) {
  const file = new File(['{}'], 'huge.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: size });
  const text = vi.spyOn(file, 'text');
  return { file, text };
}

describe('an oversized file is refused before it is read', () => {
  beforeEach(async () => {
    quietBrowser();
    db.current = freshDb();
    await saveSettings(defaultSettings());
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it.each([
    ['restore', 'input[data-fw-restore]', 300_000_000, '文件过大（300 MB），上限为 200 MB'],
    ['merge', 'input[data-fw-merge]', 300_000_000, '文件过大（300 MB），上限为 200 MB'],
    ['settings', 'input[data-fw-import]', 5_000_000, '文件过大（5 MB），上限为 2 MB'],
  ])('%s: says how large it is and what the limit is, and changes nothing', async (id, selector, size, message) => {
    const view = render(<TransferPanel />);
    const input = (await shown(view.container, selector)) as HTMLInputElement;
    const { file, text } = hugeFile(size);
    pickFile(input, file);
    const result = await shown(view.container, `[data-fw-result="${id}"]`);
    expect(result.getAttribute('data-fw-ok')).toBe('false');
    expect(result.textContent).toContain(message);
    expect(text).not.toHaveBeenCalled();
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('site profiles: the same check', async () => {
    const outcomes: TransferOutcome[] = [];
    const onImport = vi.fn(async () => undefined);
    const view = render(<SitesTransfer sites={[]} onImport={onImport} onOutcome={(o) => outcomes.push(o)} />);
    const { file, text } = hugeFile(3_000_000);
    pickFile(view.container.querySelector<HTMLInputElement>('input[data-fw-sites-import]')!, file);
    await waitFor(() => expect(outcomes).toHaveLength(1));
    expect(outcomes[0]!.ok).toBe(false);
    expect(outcomes[0]!.lines).toContain('文件过大（3 MB），上限为 1 MB');
    expect(text).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
  });
});
