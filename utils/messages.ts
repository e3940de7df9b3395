import { browser } from 'wxt/browser';
import type { CapturePayload } from './ledger/capture';
import type { LedgerEntry, Status } from './ledger/types';
import type { PostInfo } from './sites/types';
import type { DraftAction, DraftResult } from './templates/draft-actions';

/** A post on a thread page as the background needs it for staff-reply detection. */
export type SeenPost = Pick<PostInfo, 'key' | 'site' | 'tid' | 'pid' | 'floor' | 'author' | 'authorShown' | 'authorUid' | 'postedAt' | 'permalink'>;

/** Requests from the content script and extension pages to the background, with their replies. */
export interface MessageMap {
  capture: { request: { post: CapturePayload }; response: { entry: LedgerEntry } };
  states: { request: { keys: string[] }; response: { states: Record<string, Status> } };
  threadSeen: { request: { site: string; tid: string; posts: SeenPost[] }; response: { states: Record<string, Status> } };
  siteVisited: { request: { site: string }; response: { ok: true } };
  refreshBadge: { request: Record<string, never>; response: { ok: true } };
  /** The ledger entry a reply in this thread answers (see templates/thread-entry.ts), and whether its topics' policy requires approval. */
  threadEntry: {
    request: { site: string; tid: string; quotedPid: string | null; pageTopics: string[] };
    response: { entry: LedgerEntry | null; requireApproval: boolean };
  };
  draft: { request: DraftAction; response: DraftResult };
}

export type MessageType = keyof MessageMap;
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
