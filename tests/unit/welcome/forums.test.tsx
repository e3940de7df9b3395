import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ForumsSection } from '@/entrypoints/welcome/ForumsSection';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';

const DISCUZ_HTML = '<html><head><meta name="generator" content="Discuz! X3.5" /><title>岱山论坛 - Powered by Discuz!</title></head><body></body></html>';
const NEWS_HTML = '<html><head><title>岱山新闻网</title></head><body><article class="news-article"></article></body></html>';

async function addForum(address: string, html: string, granted = true) {
  const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(granted as never);
  const fetched = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(html, { status: 200 }));
  const settings = { ...defaultSettings(), sites: [] };
  await saveSettings(settings);
  const { container } = render(<ForumsSection settings={settings} />);
  fireEvent.input(container.querySelector('[data-fw-forum-address]')!, { target: { value: address } });
  fireEvent.click(container.querySelector('[data-fw-action="add-forum"]')!);
  await waitFor(() => expect(container.querySelector('[data-fw-forum-outcome]')).toBeTruthy());
  return { container, request, fetched };
}

describe('我们巡查哪些论坛 on the first-run page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it("asks for the forum's site, fetches its address and enables it as a Discuz! X forum", async () => {
    const { request, fetched, container } = await addForum('bbs.example.cn/forum.php', DISCUZ_HTML);
    expect(request).toHaveBeenCalledWith({ origins: ['http://bbs.example.cn/*'] });
    expect(fetched.mock.calls[0]![0]).toBe('http://bbs.example.cn/forum.php');
    expect((await loadSettings()).sites).toMatchObject([{ match: 'http://bbs.example.cn/*', adapter: 'discuz', enabled: true }]);
    expect(container.querySelector('[data-fw-forum-outcome]')!.className).toBe('fw-ok');
  });

  it('adds another kind of site as a generic profile, switched off, with a link to its selector editor', async () => {
    const { container } = await addForum('https://news.example.cn/', NEWS_HTML);
    const [site] = (await loadSettings()).sites;
    expect(site).toMatchObject({ match: 'https://news.example.cn/*', adapter: 'generic', enabled: false });
    expect(container.querySelector('[data-fw-forum-outcome] a')!.getAttribute('href')).toMatch(new RegExp(`dashboard\\.html#sites/${site!.id}$`));
  });

  it('adds nothing when access is refused, and does not fetch the address', async () => {
    const { fetched, container } = await addForum('https://bbs.example.cn/', DISCUZ_HTML, false);
    expect(fetched).not.toHaveBeenCalled();
    expect((await loadSettings()).sites).toEqual([]);
    expect(container.querySelector('[data-fw-forum-outcome]')!.textContent).toContain('没有得到访问 bbs.example.cn 的权限');
  });
});
