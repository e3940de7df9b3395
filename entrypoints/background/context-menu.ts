import { browser, type Browser } from 'wxt/browser';
import { ledgerDb } from '@/utils/ledger/db';
import { saveManualEntry, type ManualInput } from '@/utils/ledger/manual-entry';
import { describeStorageError } from '@/utils/ledger/storage-errors';
import { pageSiteOf } from '@/utils/page-requests';
import { t } from '@/utils/i18n';
import { captureContext } from '@/utils/ledger/capture-context';
import { currentSettings } from './settings-cache';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { reportError } from './report-error';
import { storedMatcher } from './watch/stored-matcher';

export const CAPTURE_MENU_ID = 'forumwatch-capture';
const NOTICE_ID = 'forumwatch-menu-capture';

/** What the browser says about the click; Firefox adds the link's text, Chromium does not. */
export type MenuClick = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'pageUrl' | 'linkUrl' | 'selectionText'> & { linkText?: string };
export type MenuTab = Pick<Browser.tabs.Tab, 'title' | 'url'> | undefined;

/** The entry a click describes: the link when on a link, else the page; the selection is the excerpt. */
export function clickedInput(info: MenuClick, tab: MenuTab): ManualInput | null {
  const url = info.linkUrl ?? info.pageUrl ?? tab?.url;
  if (!pageSiteOf(url)) return null;
  const selection = info.selectionText?.trim() ?? '';
  const title = (info.linkUrl ? info.linkText?.trim() || selection : tab?.title?.trim()) ?? '';
  return { title, url: url!, author: '', postedAt: null, excerpt: selection, topics: [] };
}

function notify(title: string, message: string): Promise<unknown> {
  return browser.notifications.create(NOTICE_ID, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
}

/** 登记到台账 from the context menu: works on any http(s) page, enabled as a site or not. */
export async function onMenuClick(info: MenuClick, tab: MenuTab): Promise<void> {
  if (info.menuItemId !== CAPTURE_MENU_ID) return;
  const input = clickedInput(info, tab);
  if (!input) {
    await notify(t('menuCaptureRefusedTitle'), t('menuCaptureRefused'));
    return;
  }
  try {
    const matcher = await storedMatcher();
    const topics = matcher ? matcher.topicsOf(`${input.title}\n${input.excerpt}`) : [];
    const entry = await saveManualEntry(ledgerDb(), { ...input, topics }, captureContext(await currentSettings(), new Date()));
    await refreshBadge();
    await notify(t('extName'), t('menuCaptured', entry.title));
  } catch (err) {
    await notify(t('menuCaptureFailedTitle'), describeStorageError(err));
  }
}

/** Menus are created again at every start: Firefox's background page does not keep them across restarts. */
export function setupContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab).catch(reportError));
  browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({
        id: CAPTURE_MENU_ID,
        title: t('menuCapture'),
        contexts: ['selection', 'link', 'page'],
      });
    })
    .catch(reportError);
}
