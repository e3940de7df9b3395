import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KeywordSuggestions } from '@/entrypoints/dashboard/panels/topics/KeywordSuggestions';
import { ledgerDb } from '@/utils/ledger/db';
import { captureEntry } from '@/utils/ledger/capture';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { suggestDb } from '@/utils/suggest/sample-db';
import { addToSeenSample } from '@/utils/suggest/seen-sample';
import { SYNC_OFF } from '@/utils/team/sync-status';
import { teamSyncStatusItem } from '@/utils/storage/items';
import { pagePost } from '../background/page-post';

const CHAT = ['周末带孩子去公园玩', '春节快乐祝大家新年好', '晚上散步看到广场舞'];

async function seed() {
  const ctx = { now: new Date('2026-11-23T09:00:00+08:00'), actor: '值班员小张', dueFor: () => null, departmentFor: () => null };
  for (const pid of ['1', '2', '3']) {
    await captureEntry(ledgerDb(), pagePost('bbs.test', pid, { title: `小区化粪池又满了${pid}`, excerpt: `化粪池冒水，晚上散步都绕开${pid}` }), ctx);
  }
  const seen = Array.from({ length: 30 }, (_, i) => ({ key: `bbs.test/t8/p${i}`, site: 'bbs.test', tid: '8', pid: String(i), floor: i, order: i, author: '网友', authorUid: null, postedAt: null, permalink: '', text: CHAT[i % 3] }));
  await addToSeenSample(suggestDb(), seen, []);
}

const row = (container: Element, word: string) => container.querySelector(`[data-fw-suggestion="${word}"]`);

describe('suggested keywords on the topics page', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ledgerDb().entries.clear();
    await suggestDb().seen.clear();
    await suggestDb().dismissed.clear();
    await saveSettings(defaultSettings());
    await seed();
  });
  afterEach(cleanup);

  it('adds a suggested word to the topic of the posts holding it on one click, and then no longer suggests it', async () => {
    const { container } = render(<KeywordSuggestions />);
    await waitFor(() => expect(row(container, '化粪池')).not.toBeNull());
    expect(row(container, '化粪池')!.textContent).toContain('在 3 条已登记 / 0 条未登记中出现');
    expect(row(container, '散步')).toBeNull();
    expect(row(container, '化粪池')!.querySelector('select')!.value).toBe('municipal_maintenance');
    fireEvent.click(row(container, '化粪池')!.querySelector('[data-fw-action="suggestion-add"]')!);
    await waitFor(async () => expect((await loadSettings()).topics.find((t) => t.id === 'municipal_maintenance')!.any).toContain('化粪池'));
    await waitFor(() => expect(row(container, '化粪池')).toBeNull());
  });

  it('keeps a dismissed word away when the page is opened again', async () => {
    const first = render(<KeywordSuggestions />);
    await waitFor(() => expect(row(first.container, '化粪池')).not.toBeNull());
    fireEvent.click(row(first.container, '化粪池')!.querySelector('[data-fw-action="suggestion-dismiss"]')!);
    await waitFor(() => expect(row(first.container, '化粪池')).toBeNull());
    cleanup();
    const again = render(<KeywordSuggestions />);
    await waitFor(() => expect(again.container.textContent).toContain('条看过未登记的帖子'));
    expect(row(again.container, '化粪池')).toBeNull();
    expect((await loadSettings()).topics).toEqual(defaultSettings().topics);
  });

  it('shows a member of a shared ledger the suggestions without the button that changes the office topics', async () => {
    await teamSyncStatusItem.setValue({ ...SYNC_OFF, state: 'idle', server: { url: 'http://127.0.0.1:5984', db: 'fw', user: 'u', roles: ['fw-member', 'fw-dept:城建科'] } });
    const { container } = render(<KeywordSuggestions />);
    await waitFor(() => expect(row(container, '化粪池')).not.toBeNull());
    await waitFor(() => expect(container.querySelector('[data-fw-action="suggestion-add"]')).toBeNull());
    expect(container.textContent).toContain('由局办公室统一发布');
  });
});
