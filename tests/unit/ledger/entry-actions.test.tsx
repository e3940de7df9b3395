import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { LedgerDb } from '../../../utils/ledger/db';
import { captureEntry } from '../../../utils/ledger/capture';
import { defaultSettings } from '../../../utils/settings/defaults';
import { EntryActions } from '../../../components/EntryActions';
import { post, sh } from './helpers';
import { freshDb } from '../../support/ledger-db';
import { watchBadgeText } from '../../support/badge';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('../../../utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const settings = defaultSettings();

async function captured() {
  db.current = freshDb();
  return captureEntry(db.current, post(98), { now: sh('2026-11-12 08:00'), actor: '值班员', dueFor: () => '2026-11-12T17:30:00+08:00', departmentFor: () => null });
}

const stored = () => db.current!.entries.get(post(98).key);

describe('EntryActions (popup quick actions)', () => {
  let badge: ReturnType<typeof watchBadgeText>;
  beforeEach(() => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    badge = watchBadgeText();
    vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('assigns to a department chosen from the staff and topic departments, then refreshes the badge', async () => {
    const entry = await captured();
    render(<EntryActions entry={entry} settings={settings} />);
    fireEvent.click(screen.getByRole('button', { name: '分派' }));
    const select = screen.getByLabelText('选择部门') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(expect.arrayContaining(['局办公室', '城建科', '市政所']));
    fireEvent.change(select, { target: { value: '市政所' } });
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(async () => expect((await stored())?.status).toBe('assigned'));
    expect((await stored())?.department).toBe('市政所');
    // Assigned still awaits a reply: the badge counts it.
    await waitFor(() => expect(badge).toHaveBeenCalledWith({ text: '1' }));
  });

  it('asks for the reply link and says what is wrong with a bad one', async () => {
    const entry = await captured();
    render(<EntryActions entry={entry} settings={settings} />);
    fireEvent.click(screen.getByRole('button', { name: '标记已回复' }));
    const link = screen.getByLabelText('回复帖链接（http…）');
    fireEvent.input(link, { target: { value: '已经回复' } });
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    expect((await screen.findByRole('alert')).textContent).toBe('回复帖的链接不是有效网址：已经回复');
    fireEvent.input(link, { target: { value: 'http://127.0.0.1:8080/forum.php?mod=viewthread&tid=24#pid105' } });
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(async () => expect((await stored())?.reply?.pid).toBe('105'));
    expect((await stored())?.status).toBe('replied');
  });

  it('escalates with the excerpt as summary and opens the memo in a tab', async () => {
    const entry = await captured();
    render(<EntryActions entry={entry} settings={settings} />);
    fireEvent.click(screen.getByRole('button', { name: '上报' }));
    expect((screen.getByLabelText('情况摘要（写入抄告单）') as HTMLTextAreaElement).value).toBe(entry.excerpt);
    fireEvent.click(screen.getByRole('button', { name: '上报并打开抄告单' }));
    await waitFor(() => expect(browser.tabs.create).toHaveBeenCalled());
    const url = new URL(vi.mocked(browser.tabs.create).mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/memo.html');
    expect(url.searchParams.get('key')).toBe(entry.key);
    expect((await stored())?.escalation?.memoNo).toMatch(/^\d{4}-001$/);
  });

  it('offers only what makes sense: a replied entry cannot be assigned, escalated or marked replied again', async () => {
    const entry = await captured();
    render(<EntryActions entry={{ ...entry, status: 'replied' }} settings={settings} />);
    const labels = screen.getAllByRole('button').map((b) => b.textContent);
    expect(labels).toEqual(['加备注', '打开帖子', '复制提醒文字']);
  });
});
