import type { LedgerDb } from './db';
import type { LedgerEntry, LedgerEvent } from './types';
import type { WarningLevel } from '../settings/types';
import { toShanghaiISO } from '../time/shanghai';
import { LIMITS } from '../transfer/limits';
import { deviceId } from './device-id';
import { stampedEvent } from './event-stamp';
import { announceLedgerChange, noteChange } from './outbox';

/** What the content script sends when a post is captured. */
export type CapturePayload = Pick<
  LedgerEntry,
  'key' | 'site' | 'tid' | 'pid' | 'order' | 'title' | 'url' | 'author' | 'authorUid' | 'postedAt' | 'excerpt' | 'topics' | 'level'
>;

/** A ledger entry fresh from capture: nothing done yet. */
export function newEntry(post: CapturePayload, capturedAt: string, dueAt: string | null, department: string | null): LedgerEntry {
  return {
    ...post,
    capturedAt,
    status: 'new',
    dueAt,
    department,
    reply: null,
    newFollowUp: false,
    fixes: [],
    escalation: null,
    draft: null,
    pausedMs: 0,
    pausedAt: null,
    updatedAt: capturedAt,
  };
}

/** Cuts page-derived text to what a backup may hold, so every stored entry can be restored. */
export function withinLimits(post: CapturePayload): CapturePayload {
  const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
  return {
    ...post,
    title: cut(post.title, LIMITS.title),
    excerpt: cut(post.excerpt, LIMITS.excerpt),
    author: cut(post.author, LIMITS.name),
    url: cut(post.url, LIMITS.url),
    topics: post.topics.slice(0, LIMITS.topicsPerEntry),
  };
}

export interface CaptureContext {
  now: Date;
  actor: string;
  /** Due instant for a capture at `now` with these topics and this level. */
  dueFor(now: Date, topics: string[], level: WarningLevel): string | null;
  /** Department responsible for the first matched topic, if any. */
  departmentFor(topics: string[]): string | null;
  /** Told, once written, of the entries this capture made 紧急: new ones, and ones that were not 紧急 before. */
  onNewlyUrgent?(entries: LedgerEntry[]): void;
}

/**
 * Writes the post into the ledger. Capturing the same post again refreshes
 * what the page shows (title, excerpt, topics) and keeps the workflow state.
 */
export async function captureEntry(db: LedgerDb, captured: CapturePayload, ctx: CaptureContext): Promise<LedgerEntry> {
  const [entry] = await captureEntries(db, [captured], ctx);
  return entry!;
}

/** Writes several captured posts in one transaction (all or none), each as `captureEntry` would. */
export async function captureEntries(db: LedgerDb, captured: readonly CapturePayload[], ctx: CaptureContext): Promise<LedgerEntry[]> {
  const at = toShanghaiISO(ctx.now);
  const device = await deviceId();
  const urgent: LedgerEntry[] = [];
  const entries = await db.transaction('rw', db.entries, db.events, db.outbox, async () => {
    const written: LedgerEntry[] = [];
    for (const post of captured.map(withinLimits)) {
      const existing = await db.entries.get(post.key);
      let entry: LedgerEntry;
      let event: Omit<LedgerEvent, 'uid' | 'seq' | 'device'>;
      if (existing) {
        entry = { ...existing, ...post, updatedAt: at };
        // The level is what the post says now: a post edited down to 一般 loses its old one.
        if (!post.level) delete entry.level;
        event = { key: post.key, at, actor: ctx.actor, type: 'update', note: '重新登记' };
      } else {
        entry = newEntry(post, at, ctx.dueFor(ctx.now, post.topics, post.level ?? 'normal'), ctx.departmentFor(post.topics));
        event = { key: post.key, at, actor: ctx.actor, type: 'capture', to: 'new' };
      }
      if (entry.level === 'urgent' && existing?.level !== 'urgent') urgent.push(entry);
      await db.entries.put(entry);
      const stamped = await stampedEvent(db, event, device);
      await db.events.add(stamped);
      await noteChange(db, post.key, stamped.uid);
      written.push(entry);
    }
    return written;
  });
  announceLedgerChange();
  if (urgent.length) ctx.onNewlyUrgent?.(urgent);
  return entries;
}
