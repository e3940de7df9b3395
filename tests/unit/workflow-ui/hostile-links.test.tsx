import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import type { LedgerDb } from '../../../utils/ledger/db';
import { defaultSettings } from '../../../utils/settings/defaults';
import { EntryDetails } from '../../../entrypoints/dashboard/panels/ledger/EntryDetails';
import { LedgerItem } from '../../../components/LedgerItem';
import { openPost } from '../../../components/open-tab';
import { makeEntry } from '../../support/entry';
import { ledgerWithOnePost, recordMessages } from './setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('../../../utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const HOSTILE = 'data:text/html,<script>alert(1)</script>';

describe('links that are not web pages are neither linked nor opened', () => {
  let opened: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    recordMessages();
    opened = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('opens http(s) posts, and not data: or javascript: addresses', () => {
    openPost('https://bbs.daishan.cn/forum.php?mod=viewthread&tid=7');
    openPost(HOSTILE);
    openPost('javascript:alert(1)');
    expect(opened.mock.calls).toEqual([[{ url: 'https://bbs.daishan.cn/forum.php?mod=viewthread&tid=7' }]]);
  });

  it('a ledger item links its post only when the address is http(s)', () => {
    const safe = render(<LedgerItem entry={makeEntry()} now={new Date()} onOpen={() => undefined} />);
    expect(safe.container.querySelector('a')!.getAttribute('href')).toMatch(/^https:\/\//);
    const hostile = render(<LedgerItem entry={makeEntry({ url: HOSTILE })} now={new Date()} onOpen={() => undefined} />);
    expect(hostile.container.querySelector('a')!.hasAttribute('href')).toBe(false);
  });

  it('entry details: the title has no link to a data: address and clicking it opens nothing', async () => {
    const { db: ledger, key } = await ledgerWithOnePost('hostile-links');
    await ledger.entries.update(key, { url: HOSTILE });
    db.current = ledger;
    const { container } = render(<EntryDetails entryKey={key} settings={defaultSettings()} onClose={() => undefined} />);
    const title = await waitFor(() => {
      const el = container.querySelector<HTMLAnchorElement>('h2 a');
      expect(el).toBeTruthy();
      return el!;
    });
    expect(title.hasAttribute('href')).toBe(false);
    fireEvent.click(title);
    expect(opened).not.toHaveBeenCalled();
  });
});
