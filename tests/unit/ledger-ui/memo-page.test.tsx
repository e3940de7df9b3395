import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { LedgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import { MemoPage } from '@/entrypoints/memo/MemoPage';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';
import { quietBrowser } from './dom-setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const escalated = numberedEntry(1, '2026-03-02 09:00', {
  site: '127.0.0.1:8090',
  status: 'escalated',
  escalation: { at: '2026-03-02T10:00:00+08:00', memoNo: '2026-001', department: '市政所', summary: '井盖松动', instruction: '' },
});

async function memoText(name: string) {
  await saveSettings({
    ...defaultSettings(),
    user: { name, department: '局办公室' },
    sites: [{ id: 'demo', name: '岱山论坛', match: 'http://127.0.0.1/*', adapter: 'discuz', selectors: null, enabled: true }],
  });
  const { container } = render(<MemoPage entryKey={escalated.key} />);
  await waitFor(() => expect(container.querySelector('[data-fw-memo-no]')).not.toBeNull());
  await waitFor(() => expect(container.querySelector('.fw-memo-head')?.textContent).toContain('局办公室'));
  return container;
}

describe('网络舆情抄告单', () => {
  beforeEach(async () => {
    quietBrowser();
    db.current = freshDb();
    await db.current.entries.add(escalated);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('names the source by its site profile, not by host and port', async () => {
    const memo = await memoText('张伟');
    const source = [...memo.querySelectorAll('.fw-memo-table tr')].find((tr) => tr.querySelector('th')?.textContent === '来源');
    expect(source?.querySelector('td')?.textContent).toBe('岱山论坛');
    expect(memo.querySelector('.fw-memo-foot')?.textContent).toBe('经办人：张伟');
  });

  it('says 未设置 for 经办人 when the user has not given a name', async () => {
    const memo = await memoText('');
    expect(memo.querySelector('.fw-memo-foot')?.textContent).toBe('经办人：未设置');
  });
});
