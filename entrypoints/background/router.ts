import { browser } from 'wxt/browser';
import type { ExtensionMessageMap, ExtensionMessageType, Message, PageEntry, PageMessageMap, PageMessageType } from '@/utils/messages';
import type { LedgerEntry } from '@/utils/ledger/types';
import { ledgerDb } from '@/utils/ledger/db';
import { statesOf, threadEntries } from '@/utils/ledger/queries';
import { currentSettings } from './settings-cache';
import { keysOnSite, pageRequestProblem, pageSiteOf } from '@/utils/page-requests';
import { describeStorageError } from '@/utils/ledger/storage-errors';
import { queueCapture } from './capture-queue';
import { applyThreadSeen } from './thread-seen';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { recordVisit } from './site-visits';
import { pickThreadEntry } from '@/utils/templates/thread-entry';
import { applyDraftAction } from '@/utils/templates/draft-actions';
import { actorName } from '@/utils/settings/identity';
import { teamConnect, teamDisconnect, teamPublishSettings, teamStatus, teamSyncNow } from './team-sync';
import { connectionProblem } from '@/utils/team/connection-check';
import { runWatchRound } from './watch/round';
import { captureInboxItem, dismissInboxItem, firstPostTopicsOn, inboxItems, rememberFirstPost, setBoardPlace, setBoardWatched, watchStatus } from './watch/requests';
import { dismissNearbyItem, loadNearby } from './watch/nearby-store';

/** Who sent a message, as the browser says (not as the message claims). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

type PageHandlers = {
  [K in PageMessageType]: (req: PageMessageMap[K]['request'], site: string) => Promise<PageMessageMap[K]['response']>;
};
type ExtensionHandlers = {
  [K in ExtensionMessageType]: (req: ExtensionMessageMap[K]['request']) => Promise<ExtensionMessageMap[K]['response']>;
};

const actor = async () => actorName((await currentSettings()).user);

function pageEntry(e: LedgerEntry): PageEntry {
  const { key, pid, title, url, author, postedAt, topics, department, dueAt, capturedAt, status, draft, level } = e;
  return { key, pid, title, url, author, postedAt, topics, department, dueAt, capturedAt, status, draft, ...(level && { level }) };
}

async function threadStates(site: string, tid: string): Promise<Record<string, LedgerEntry['status']>> {
  // Every ledger entry of the thread: a reply on this page can change posts seen earlier.
  const entries = await threadEntries(ledgerDb(), site, tid);
  return Object.fromEntries(entries.map((e) => [e.key, e.status]));
}

/** Requests from content scripts; `site` is the sender tab's, and each request was checked against it. */
const pageHandlers: PageHandlers = {
  async capture({ post }) {
    const entry = await queueCapture(post);
    await refreshBadge();
    return { status: entry.status };
  },
  async states({ keys }, site) {
    await recordVisit(site);
    return { states: await statesOf(ledgerDb(), keysOnSite(keys, site)) };
  },
  async threadSeen({ tid, posts }, site) {
    await recordVisit(site);
    await applyThreadSeen(site, tid, posts);
    await rememberFirstPost(site, tid, posts);
    return { states: await threadStates(site, tid) };
  },
  async threadEntry({ tid, quotedPid }, site) {
    const entry = pickThreadEntry(await threadEntries(ledgerDb(), site, tid), quotedPid);
    return { entry: entry && pageEntry(entry) };
  },
  watchBoard: ({ url, watch }) => setBoardWatched(url, watch),
  boardPlace: ({ url, place }) => setBoardPlace(url, place),
  async listTopics({ tids }, site) {
    return { topics: await firstPostTopicsOn(site, tids) };
  },
  async pageDraft(action) {
    const result = await applyDraftAction(ledgerDb(), action, { now: new Date(), actor: await actor() });
    await refreshBadge();
    return { entry: pageEntry(result.entry), message: result.message };
  },
};

/** Requests only the extension's own pages may send. */
const extensionHandlers: ExtensionHandlers = {
  async draft(action) {
    const result = await applyDraftAction(ledgerDb(), action, { now: new Date(), actor: await actor() });
    await refreshBadge();
    return result;
  },
  async teamConnect({ connection }) {
    const problem = connectionProblem(connection);
    if (problem) throw new Error(problem);
    return teamConnect(connection);
  },
  teamDisconnect: () => teamDisconnect(),
  teamSyncNow: () => teamSyncNow(),
  teamStatus: () => teamStatus(),
  teamPublishSettings: () => teamPublishSettings(),
  async watchNow() {
    await runWatchRound(true);
    return watchStatus();
  },
  watchStatus: () => watchStatus(),
  async inbox() {
    return { items: await inboxItems() };
  },
  inboxCapture: ({ key }) => captureInboxItem(key),
  inboxDismiss: ({ key }) => dismissInboxItem(key),
  async nearby() {
    return { items: (await loadNearby()).items };
  },
  nearbyDismiss: ({ key }) => dismissNearbyItem(key),
};

function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** Handles one message according to who sent it; refusals are replies with an error, never silence. */
export async function routeMessage(message: unknown, sender: Sender): Promise<unknown> {
  if (typeof message !== 'object' || message === null) return { error: '无法识别的请求' };
  const { type, ...request } = message as Message;
  if (typeof type !== 'string') return { error: '无法识别的请求' };
  try {
    if (Object.hasOwn(extensionHandlers, type)) {
      if (!fromExtensionPage(sender)) return { error: `只有扩展自己的页面可以这样做：${type}` };
      const handle = extensionHandlers[type as ExtensionMessageType] as (r: unknown) => Promise<unknown>;
      return await handle(request);
    }
    if (Object.hasOwn(pageHandlers, type)) {
      const site = sender.tab && sender.id === browser.runtime.id ? pageSiteOf(sender.url) : null;
      if (!site) return { error: `只有论坛页面可以这样做：${type}` };
      const problem = pageRequestProblem(type as PageMessageType, request, site);
      if (problem) return { error: problem };
      const handle = pageHandlers[type as PageMessageType] as (r: unknown, s: string) => Promise<unknown>;
      return await handle(request, site);
    }
    return { error: `无法识别的请求：${type}` };
  } catch (err) {
    // A full disk is said in words the user can act on; other errors keep their own message.
    return { error: describeStorageError(err) };
  }
}

/** Messages for the router; others (the element picker's reports to the dashboard) are left to their listeners. */
function isRouted(message: unknown): boolean {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && (Object.hasOwn(pageHandlers, type) || Object.hasOwn(extensionHandlers, type));
}

export function listenForMessages(): void {
  // sendResponse + `return true` keeps the channel open in every browser (and in the test fake).
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    if (!isRouted(message)) return undefined;
    void routeMessage(message, sender).then(sendResponse);
    return true;
  });
}
