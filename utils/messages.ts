import { browser } from 'wxt/browser';
import type { CapturePayload } from './ledger/capture';
import type { LedgerEntry, Status } from './ledger/types';
import type { PostInfo } from './sites/types';
import type { DraftAction, DraftResult } from './templates/draft-actions';
import type { SyncStatus, TeamConnection } from './team/sync-status';
import type { WatchStatus } from './watch/state';
import type { InboxItem } from './watch/inbox';
import type { NearbyItem } from './watch/nearby';
import type { BoardPlace } from './watch/board-kinds';

/** A post on a thread page as the background needs it for staff-reply detection and the reply's reception. */
export type SeenPost = Pick<PostInfo, 'key' | 'site' | 'tid' | 'pid' | 'floor' | 'order' | 'author' | 'authorShown' | 'authorUid' | 'postedAt' | 'permalink'> & {
  /** The start of the post's own words (quotes left out), at most SEEN_TEXT_CHARS; without it a post counts as neither praise nor pushback. */
  text?: string;
  /** The post this one quotes, when it quotes one. */
  quotedPid?: string | null;
};

/** How much of a post's text a page sends with threadSeen. */
export const SEEN_TEXT_CHARS = 500;

/** What the reply helper on a forum page may know of a ledger entry: no history, no staff notes. */
export type PageEntry = Pick<LedgerEntry, 'key' | 'pid' | 'title' | 'url' | 'author' | 'postedAt' | 'topics' | 'department' | 'dueAt' | 'capturedAt' | 'status' | 'draft' | 'level'>;

/** The draft steps a forum page may take; approval is given only on the extension's own pages. */
export type PageDraftAction = Exclude<DraftAction, { action: 'approve' }>;

/**
 * What a content script may ask. The background takes the site from the sender tab's address and
 * refuses a request that names another site.
 */
export interface PageMessageMap {
  capture: { request: { post: CapturePayload }; response: { status: Status } };
  /** The ledger states of posts on a page that is not a thread (none for a page without posts); also records the visit for the patrol reminders. */
  states: { request: { keys: string[] }; response: { states: Record<string, Status> } };
  /** Posts of a thread page: staff replies and follow-ups are detected; also records the visit for the patrol reminders. */
  threadSeen: { request: { tid: string; posts: SeenPost[] }; response: { states: Record<string, Status> } };
  /** The ledger entry a reply in this thread answers (see templates/thread-entry.ts). */
  threadEntry: { request: { tid: string; quotedPid: string | null }; response: { entry: PageEntry | null } };
  pageDraft: { request: PageDraftAction; response: { entry: PageEntry; message: string | null } };
  // Background watch
  /** Starts or stops watching the board list shown at `url` (a page of the sender's site). */
  watchBoard: { request: { url: string; watch: boolean }; response: { watched: boolean } };
  /** Marks the watched board shown at `url` 本地, 周边 or 同行业 (its matches then go to 周边动态). */
  boardPlace: { request: { url: string; place: BoardPlace }; response: { place: BoardPlace } };
  /** Topics of the listed threads' first posts, where the watch has read them. */
  listTopics: { request: { tids: string[] }; response: { topics: Record<string, string[]> } };
}

/** What only the extension's own pages (popup, dashboard, memo) may ask. */
export interface ExtensionMessageMap {
  draft: { request: DraftAction; response: DraftResult };
  // Team sync
  /** Signs in to the team's server; on success keeps the connection and starts the first sync (not awaited). */
  teamConnect: { request: { connection: TeamConnection }; response: SyncStatus };
  /** Stops syncing and forgets the password; the local ledger stays. */
  teamDisconnect: { request: Record<string, never>; response: SyncStatus };
  teamSyncNow: { request: Record<string, never>; response: SyncStatus };
  teamStatus: { request: Record<string, never>; response: SyncStatus };
  /** The office writes `settings:office` from its local settings' shared sections. */
  teamPublishSettings: { request: Record<string, never>; response: SyncStatus };
  // Background watch
  /** Runs one round of the background watch now and answers when it is done. */
  watchNow: { request: Record<string, never>; response: WatchStatus };
  watchStatus: { request: Record<string, never>; response: WatchStatus };
  /** The 待登记 inbox: new threads on watched boards about a topic. */
  inbox: { request: Record<string, never>; response: { items: InboxItem[] } };
  /** Captures an inbox item's first post into the ledger; it leaves the inbox. */
  inboxCapture: { request: { key: string }; response: { status: Status } };
  inboxDismiss: { request: { key: string }; response: { ok: true } };
  /** 周边动态: new matching threads on boards marked 周边 or 同行业. */
  nearby: { request: Record<string, never>; response: { items: NearbyItem[] } };
  nearbyDismiss: { request: { key: string }; response: { ok: true } };
}

export type MessageMap = PageMessageMap & ExtensionMessageMap;
export type MessageType = keyof MessageMap;
export type PageMessageType = keyof PageMessageMap;
export type ExtensionMessageType = keyof ExtensionMessageMap;
export type Message = { [K in MessageType]: { type: K } & MessageMap[K]['request'] }[MessageType];
export type Reply<K extends MessageType> = MessageMap[K]['response'] | { error: string };

export async function send<K extends MessageType>(
  type: K,
  request: MessageMap[K]['request'],
): Promise<MessageMap[K]['response']> {
  const reply = (await browser.runtime.sendMessage({ type, ...request })) as Reply<K> | undefined;
  if (!reply) throw new Error(`后台没有应答：${type}`);
  if ('error' in reply) throw new Error(reply.error);
  return reply;
}
