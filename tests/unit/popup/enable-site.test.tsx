import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EnableSite } from '@/entrypoints/popup/EnableSite';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/types';

const TAB = { id: 12, url: 'https://bbs.test/forum.php?mod=viewthread&tid=9', active: true } as never;
const DISCUZ_HTML = '<html><head><meta name="generator" content="Discuz! X3.4" /><title>路面塌陷 - 岱山论坛</title></head><body></body></html>';
const NEWS_HTML = '<html><head><title>民生专栏 - 岱山新闻网</title></head><body><article class="news-article"></article></body></html>';

/** The open tab shows `html`; the browser answers the permission prompt with `granted`. */
function tabShowing(html: string, granted = true) {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([TAB] as never);
  const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(granted as never);
  // A function injected into the tab runs on that page.
  const page = new DOMParser().parseFromString(html, 'text/html');
  const inject = vi
    .spyOn(browser.scripting, 'executeScript')
    .mockImplementation((async (details: { func?: (...args: unknown[]) => unknown; args?: unknown[] }) =>
      details.func ? [{ result: details.func(...(details.args ?? []), page) }] : [{}]) as never);
  const opened = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
  return { request, inject, opened };
}

/** Settings with no site registered yet. */
const noSites = (): Settings => ({ ...defaultSettings(), sites: [] });

async function popupWith(settings = noSites()) {
  await saveSettings(settings);
  const view = render(<EnableSite settings={settings} />);
  await waitFor(() => expect(view.container.querySelector('[data-fw-enable-site]')).toBeTruthy());
  return view.container;
}

describe('在此网站启用 in the popup', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('asks for that one site, enables it as Discuz! X and starts the content script in the open tab', async () => {
    const { request, inject } = tabShowing(DISCUZ_HTML);
    const root = await popupWith();
    fireEvent.click(root.querySelector('[data-fw-action="enable-site"]')!);
    await waitFor(() => expect(root.querySelector('[data-fw-enable-site]')!.getAttribute('data-fw-enable-site')).toBe('enabled'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://bbs.test/*'] });
    expect((await loadSettings()).sites).toMatchObject([{ match: 'https://bbs.test/*', adapter: 'discuz', enabled: true, name: 'bbs.test' }]);
    expect(inject).toHaveBeenLastCalledWith({ target: { tabId: 12 }, files: ['/content-scripts/forum.js'] });
  });

  it('on a site that is not Discuz! X, offers the generic profile editor for that origin instead', async () => {
    const { inject, opened } = tabShowing(NEWS_HTML);
    const root = await popupWith();
    fireEvent.click(root.querySelector('[data-fw-action="enable-site"]')!);
    await waitFor(() => expect(root.querySelector('[data-fw-action="open-generic-editor"]')).toBeTruthy());
    expect((await loadSettings()).sites).toEqual([]);
    expect(inject).toHaveBeenCalledTimes(1);
    fireEvent.click(root.querySelector('[data-fw-action="open-generic-editor"]')!);
    await waitFor(() => expect(opened).toHaveBeenCalled());
    const [site] = (await loadSettings()).sites;
    expect(site).toMatchObject({ match: 'https://bbs.test/*', adapter: 'generic', enabled: false });
    expect(opened.mock.calls[0]![0].url).toMatch(new RegExp(`/dashboard\\.html#sites/${site!.id}$`));
  });

  it('enables nothing when the user refuses access', async () => {
    const { inject } = tabShowing(DISCUZ_HTML, false);
    const root = await popupWith();
    fireEvent.click(root.querySelector('[data-fw-action="enable-site"]')!);
    await waitFor(() => expect(root.querySelector('.fw-error')?.textContent).toContain('没有得到访问 bbs.test 的权限'));
    expect(inject).not.toHaveBeenCalled();
    expect((await loadSettings()).sites).toEqual([]);
  });

  it('is not offered on a site already enabled', async () => {
    tabShowing(DISCUZ_HTML);
    const settings = noSites();
    settings.sites = [{ id: 'bbs', name: '岱山论坛', match: 'https://bbs.test/*', adapter: 'discuz', selectors: null, enabled: true }];
    await saveSettings(settings);
    const { container } = render(<EnableSite settings={settings} />);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(browser.tabs.query).toHaveBeenCalled();
    expect(container.querySelector('[data-fw-action="enable-site"]')).toBeNull();
  });
});
