import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { LedgerDb } from '@/utils/ledger/db';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';
import { quietBrowser } from '../ledger-ui/dom-setup';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const reply = { at: '2026-03-20T10:00:00+08:00', author: '岱山建设', url: 'https://bbs.daishan.cn/forum.php?pid=9', pid: '9', detected: true };
const TODAY_DUE = '2026-03-20T17:30:00+08:00';

const groupKeys = (root: Element, group: string) =>
  [...root.querySelectorAll(`[data-fw-group="${group}"] [data-fw-ledger-item]`)].map((li) => li.getAttribute('data-fw-ledger-item'));

describe('toolbar popup groups', () => {
  beforeEach(async () => {
    quietBrowser();
    // The background's answer with nothing stored under 待登记 or 周边动态, as on a fresh install.
    vi.mocked(browser.runtime.sendMessage).mockImplementation(async (message: unknown) =>
      ['inbox', 'nearby'].includes((message as { type: string }).type) ? { items: [] } : { ok: true },
    );
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-20T12:00:00+08:00'));
    db.current = freshDb();
    await db.current.entries.bulkAdd([
      numberedEntry(1, '2026-03-19 09:00', { status: 'new', dueAt: '2026-03-19T17:30:00+08:00' }),
      numberedEntry(2, '2026-03-20 09:00', { status: 'new', dueAt: TODAY_DUE }),
      numberedEntry(3, '2026-03-20 08:00', { status: 'replied', dueAt: TODAY_DUE, reply }),
      numberedEntry(4, '2026-03-18 08:00', { status: 'follow_up', dueAt: '2026-03-18T17:30:00+08:00', reply }),
    ]);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('counts only entries still waiting under 今日到期 and 逾期, and lists replied ones last under 已回复·跟踪中', async () => {
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(container.querySelectorAll('[data-fw-ledger-item]')).toHaveLength(4));
    expect(groupKeys(container, 'popupOverdue')).toEqual([numberedEntry(1, '').key]);
    expect(groupKeys(container, 'popupDueToday')).toEqual([numberedEntry(2, '').key]);
    expect(container.querySelector('[data-fw-group="popupDueToday"] .fw-count')?.textContent).toBe('1');
    expect(groupKeys(container, 'popupFollowing')).toEqual([numberedEntry(4, '').key, numberedEntry(3, '').key]);
    const titles = [...container.querySelectorAll('[data-fw-group] h2')].map((h) => h.firstChild?.textContent?.trim());
    expect(titles).toEqual(['逾期', '今日到期', '已回复·跟踪中']);
  });

  it('labels the actions as verbs', async () => {
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(container.querySelector('[data-fw-action="mark-replied"]')).not.toBeNull());
    const labels = [...container.querySelector(`[data-fw-entry-actions="${numberedEntry(2, '').key}"]`)!.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['分派', '上报', '标记已回复', '加备注', '打开帖子', '复制提醒文字']);
  });
});
