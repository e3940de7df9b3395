import type { LedgerDb } from './db';
import type { LedgerEntry, LedgerEvent } from './types';
import { toShanghaiISO } from '../time/shanghai';

/** What the content script sends when a post is captured. */
export interface CapturePayload {
  key: string;
  site: string;
  tid: string;
  pid: string;
  title: string;
  url: string;
  author: string;
  authorUid: string | null;
  postedAt: string | null;
  excerpt: string;
  topics: string[];
}

export interface CaptureContext {
  now: Date;
  actor: string;
  /** Due instant for a capture at `now` with these topics. */
  dueFor(now: Date, topics: string[]): string | null;
  /** Department responsible for the first matched topic, if any. */
  departmentFor(topics: string[]): string | null;
}

/**
 * Writes the post into the ledger. Capturing the same post again refreshes
 * what the page shows (title, excerpt, topics) and keeps the workflow state.
 */
export async function captureEntry(db: LedgerDb, post: CapturePayload, ctx: CaptureContext): Promise<LedgerEntry> {
  const at = toShanghaiISO(ctx.now);
  return db.transaction('rw', db.entries, db.events, async () => {
    const existing = await db.entries.get(post.key);
    let entry: LedgerEntry;
    let event: LedgerEvent;
    if (existing) {
      entry = { ...existing, ...post, updatedAt: at };
      event = { key: post.key, at, actor: ctx.actor, type: 'update', note: '重新登记' };
    } else {
      entry = {
        ...post,
        capturedAt: at,
        status: 'new',
        dueAt: ctx.dueFor(ctx.now, post.topics),
        department: ctx.departmentFor(post.topics),
        reply: null,
        newFollowUp: false,
        fixes: [],
        escalation: null,
        draft: null,
        pausedMs: 0,
        pausedAt: null,
        updatedAt: at,
      };
      event = { key: post.key, at, actor: ctx.actor, type: 'capture', to: 'new' };
    }
    await db.entries.put(entry);
    await db.events.add(event);
    return entry;
  });
}
