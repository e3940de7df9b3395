import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerDb } from '@/utils/ledger/db';
import { manualKey } from '@/utils/ledger/manual-entry';
import type { LedgerEntry } from '@/utils/ledger/types';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import { compiledRulesItem } from '@/utils/storage/items';
import { compileRules } from '@/utils/matching/compile';
import { CAPTURE_MENU_ID, setupContextMenu, type MenuClick, type MenuTab } from '@/entrypoints/background/context-menu';

const PAGE = 'https://news.daishan.cn/minsheng/88.html';
const TAB: MenuTab = { title: '民生专栏 | 岱山新闻网', url: PAGE };
const roadTopic = defaultSettings().topics.find((t) => t.id === 'road_works')!;

type Listener = (info: MenuClick, tab: MenuTab) => void;
let clicked: Listener;
let created: unknown[];
let notices: { title: string; message: string }[];

/** Chooses 登记到台账 the way the browser reports it, and waits for the ledger write to be announced. */
async function choose(info: Omit<MenuClick, 'menuItemId'>, tab: MenuTab = TAB): Promise<{ title: string; message: string }> {
  const before = notices.length;
  clicked({ menuItemId: CAPTURE_MENU_ID, ...info }, tab);
  await vi.waitFor(() => expect(notices.length).toBe(before + 1));
  return notices.at(-1)!;
}

const stored = async (url: string): Promise<LedgerEntry | undefined> => ledgerDb().entries.get(await manualKey(url));

describe('登记到台账 from the context menu', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ledgerDb().entries.clear();
    await ledgerDb().events.clear();
    const settings = { ...defaultSettings(), user: { name: '值班员小张', department: '局办公室' } };
    await saveSettings(settings);
    await compiledRulesItem.setValue(compileRules(settings.topics));
    created = [];
    notices = [];
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((item) => (created.push(item), CAPTURE_MENU_ID));
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => void (clicked = listener as Listener));
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(async (_id, options) => (notices.push(options as never), 'n'));
    setupContextMenu();
    await vi.waitFor(() => expect(created).toHaveLength(1));
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers one item on a selection, a link and the page itself, on every site', () => {
    expect(created).toEqual([{ id: CAPTURE_MENU_ID, title: '登记到台账', contexts: ['selection', 'link', 'page'] }]);
  });

  it('captures a selection with the page’s title, the selection as excerpt and the topics it matches', async () => {
    const notice = await choose({ pageUrl: PAGE, selectionText: '  沿港西路施工封路三个月了  ' });
    expect(notice.message).toBe('已登记到台账：民生专栏 | 岱山新闻网');
    const entry = (await stored(PAGE))!;
    expect(entry).toMatchObject({ site: 'news.daishan.cn', url: PAGE, title: '民生专栏 | 岱山新闻网', excerpt: '沿港西路施工封路三个月了', topics: ['road_works'], department: roadTopic.department, status: 'new' });
    expect(entry.dueAt).toMatch(/\+08:00$/);
    const [event] = await ledgerDb().events.where('key').equals(entry.key).toArray();
    expect(event).toMatchObject({ type: 'capture', actor: '值班员小张' });
  });

  it('captures a link as the linked page, titled by the link’s text, and the same link again as the same entry', async () => {
    const link = 'https://bbs.daishan.cn/thread-3021-1-1.html';
    await choose({ pageUrl: PAGE, linkUrl: link, linkText: '五叉路口路面下沉' });
    expect(await stored(link)).toMatchObject({ url: link, site: 'bbs.daishan.cn', title: '五叉路口路面下沉', excerpt: '' });
    // Chromium gives no link text: the selected words, else the address.
    await choose({ pageUrl: PAGE, linkUrl: link, selectionText: '五叉路口塌了' });
    expect(await stored(link)).toMatchObject({ title: '五叉路口塌了', excerpt: '五叉路口塌了' });
    expect(await ledgerDb().entries.count()).toBe(1);
  });

  it('captures the page itself with nothing selected', async () => {
    await choose({ pageUrl: PAGE });
    expect(await stored(PAGE)).toMatchObject({ title: TAB!.title, excerpt: '', topics: [] });
  });

  it('refuses pages and links that are not http(s), and says so', async () => {
    const refused = await choose({ pageUrl: 'file:///home/user/报告.html' }, { title: '报告', url: 'file:///home/user/报告.html' });
    expect(refused).toMatchObject({ title: '无法登记', message: '只能登记 http:// 或 https:// 网页上的内容' });
    await choose({ pageUrl: PAGE, linkUrl: 'javascript:void(0)' });
    expect(await ledgerDb().entries.count()).toBe(0);
  });
});
