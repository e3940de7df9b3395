import { browser } from 'wxt/browser';
import type { CapturePayload } from './ledger/capture';
import type { LedgerEntry, Status } from './ledger/types';
import type { PostInfo } from './sites/types';
import type { DraftAction, DraftResult } from './templates/draft-actions';

/** A post on a thread page as the background needs it for staff-reply detection. */
export type SeenPost = Pick<PostInfo, 'key' | 'site' | 'tid' | 'pid' | 'floor' | 'author' | 'authorShown' | 'authorUid' | 'postedAt' | 'permalink'>;

/** What the reply helper on a forum page may know of a ledger entry: no history, no staff notes. */
export type PageEntry = Pick<LedgerEntry, 'key' | 'pid' | 'title' | 'url' | 'author' | 'postedAt' | 'topics' | 'department' | 'dueAt' | 'capturedAt' | 'status' | 'draft'>;

/** The draft steps a forum page may take; approval is given only on the extension's own pages. */
export type PageDraftAction = Exclude<DraftAction, { action: 'approve' }>;

/**
 * What a content script may ask. The background takes the site from the sender tab's address and
 * refuses a request that names another site.
 */
export interface PageMessageMap {
  capture: { request: { post: CapturePayload }; response: { status: Status } };
  states: { request: { keys: string[] }; response: { states: Record<string, Status> } };
  /** Posts of a thread page: staff replies and follow-ups are detected; also records the visit for the patrol reminders. */
  threadSeen: { request: { tid: string; posts: SeenPost[] }; response: { states: Record<string, Status> } };
  /** Records a visit of a page that is not a thread (board lists), for the patrol reminders. */
  siteVisited: { request: Record<string, never>; response: { ok: true } };
  /** The ledger entry a reply in this thread answers (see templates/thread-entry.ts), and whether its topics' policy requires approval. */
  threadEntry: {
    request: { tid: string; quotedPid: string | null; pageTopics: string[] };
    response: { entry: PageEntry | null; requireApproval: boolean };
  };
  pageDraft: { request: PageDraftAction; response: { entry: PageEntry; message: string | null } };
}

/** What only the extension's own pages (popup, dashboard, memo) may ask. */
export interface ExtensionMessageMap {
  refreshBadge: { request: Record<string, never>; response: { ok: true } };
  draft: { request: DraftAction; response: DraftResult };
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
