import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncSection } from '@/entrypoints/dashboard/panels/team/SyncSection';
import { SYNC_OFF, type SyncStatus } from '@/utils/team/sync-status';

const CONNECTED: SyncStatus = {
  state: 'syncing',
  lastSyncAt: '2026-11-24T01:02:03.000Z',
  pending: 3,
  lastError: null,
  progress: { done: 2500, total: 10000 },
  server: { url: 'https://couch.test', db: 'forumwatch', user: 'xiaowang', roles: ['fw-member', 'fw-dept:城建科'] },
};

/** The browser answers the permission prompt with `granted`; the worker answers every message with `reply`. */
function browserAnswering(granted: boolean, reply: unknown = CONNECTED) {
  const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(granted as never);
  const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(reply as never);
  return { request, sent };
}

function type(root: Element, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) fireEvent.input(root.querySelector(`[data-fw-sync] input[name="${name}"]`)!, { target: { value } });
}

const field = (root: Element, name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('共享台账 connection section', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it("asks for the server's origin on the click, then hands the account to the worker and empties the password field", async () => {
    const { request, sent } = browserAnswering(true);
    const root = render(<SyncSection status={SYNC_OFF} />).container;
    type(root, { url: 'http://127.0.0.1:5984/', user: 'xiaowang', password: 'chengjian-pass-2026' });
    fireEvent.click(root.querySelector('[data-fw-action="sync-connect"]')!);
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(field(root, 'password').value).toBe('');
    await waitFor(() =>
      expect(sent).toHaveBeenCalledWith({
        type: 'teamConnect',
        connection: { url: 'http://127.0.0.1:5984', db: 'forumwatch', user: 'xiaowang', password: 'chengjian-pass-2026' },
      }),
    );
  });

  it('does not connect when access to the server is refused, and says so', async () => {
    const { sent } = browserAnswering(false);
    const root = render(<SyncSection status={SYNC_OFF} />).container;
    type(root, { url: 'https://couch.test', user: 'xiaowang', password: 'chengjian-pass-2026' });
    fireEvent.click(root.querySelector('[data-fw-action="sync-connect"]')!);
    await waitFor(() => expect(root.querySelector('[data-fw-sync-problem]')!.textContent).toBe('没有得到访问 couch.test 的许可，无法连接'));
    expect(sent).not.toHaveBeenCalled();
  });

  it('asks for nothing while a field is empty or the address is not a web address', () => {
    const { request } = browserAnswering(true);
    const root = render(<SyncSection status={SYNC_OFF} />).container;
    type(root, { url: 'https://couch.test', user: 'xiaowang' });
    fireEvent.click(root.querySelector('[data-fw-action="sync-connect"]')!);
    expect(root.querySelector('[data-fw-sync-problem]')!.textContent).toBe('请填写服务器地址、数据库、用户名和密码');
    type(root, { url: 'ftp://couch.test', password: 'chengjian-pass-2026' });
    fireEvent.click(root.querySelector('[data-fw-action="sync-connect"]')!);
    expect(root.querySelector('[data-fw-sync-problem]')!.textContent).toBe('服务器地址应以 http:// 或 https:// 开头');
    expect(request).not.toHaveBeenCalled();
  });

  it('warns that a plain-http address on the network sends the password in clear text, not one on this machine', () => {
    const root = render(<SyncSection status={SYNC_OFF} />).container;
    type(root, { url: 'http://192.168.1.20:5984' });
    expect(root.querySelector('[data-fw-sync-warning]')!.textContent).toContain('这个地址不加密');
    type(root, { url: 'http://127.0.0.1:5984' });
    expect(root.querySelector('[data-fw-sync-warning]')).toBeNull();
  });

  it('shows the state, last sync, pending changes, progress and the role in words, with the server filled in', () => {
    const root = render(<SyncSection status={CONNECTED} />).container;
    const status = root.querySelector('[data-fw-sync-status]')!;
    expect(status.getAttribute('data-fw-sync-state')).toBe('syncing');
    expect(status.getAttribute('data-fw-sync-last')).toBe('2026-11-24T01:02:03.000Z');
    expect(status.textContent).toContain('上次同步：2026-11-24 09:02');
    expect(status.textContent).toContain('待上传 3 项改动');
    expect(status.textContent).toContain('身份：城建科');
    const bar = root.querySelector<HTMLProgressElement>('progress[data-fw-sync-progress]')!;
    expect([bar.value, bar.max]).toEqual([2500, 10000]);
    expect(field(root, 'url').value).toBe('https://couch.test');
    expect(field(root, 'user').value).toBe('xiaowang');
  });

  it('says why the server refused, and leaves 发布共享设置 to the office', () => {
    const denied: SyncStatus = { ...CONNECTED, state: 'denied', progress: null, lastError: '用户名或密码不对 / Wrong name or password' };
    const root = render(<SyncSection status={denied} />).container;
    expect(root.querySelector('[data-fw-sync-status]')!.getAttribute('data-fw-sync-state')).toBe('denied');
    expect(root.querySelector('[data-fw-sync-error]')!.textContent).toBe('用户名或密码不对 / Wrong name or password');
    expect(root.querySelector('[data-fw-action="sync-publish"]')).toBeNull();
    cleanup();
    const office = { ...CONNECTED, server: { ...CONNECTED.server!, roles: ['fw-member', 'fw-office'] } };
    expect(render(<SyncSection status={office} />).container.querySelector('[data-fw-action="sync-publish"]')).not.toBeNull();
  });

  it('syncs now and disconnects through the worker; both are off while not connected', async () => {
    const { sent } = browserAnswering(true);
    const off = render(<SyncSection status={SYNC_OFF} />).container;
    expect(off.querySelector<HTMLButtonElement>('[data-fw-action="sync-now"]')!.disabled).toBe(true);
    cleanup();
    const root = render(<SyncSection status={CONNECTED} />).container;
    fireEvent.click(root.querySelector('[data-fw-action="sync-now"]')!);
    await waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'teamSyncNow' }));
    await waitFor(() => expect(root.querySelector<HTMLButtonElement>('[data-fw-action="sync-disconnect"]')!.disabled).toBe(false));
    fireEvent.click(root.querySelector('[data-fw-action="sync-disconnect"]')!);
    await waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'teamDisconnect' }));
  });
});
