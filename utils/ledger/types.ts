// Ledger (台账) records as stored in IndexedDB in the extension's origin.
import type { RaisedLevel } from '../settings/types';

export const STATUSES = [
  'new',
  'assigned',
  'in_progress',
  'awaiting_approval',
  'replied',
  'follow_up',
  'closed',
  'escalated',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that still wait for a reply: these count on the badge. */
export const AWAITING_REPLY: readonly Status[] = ['new', 'assigned', 'in_progress', 'awaiting_approval', 'escalated'];
/** Statuses that are not finished. */
export const OPEN_STATUSES: readonly Status[] = [...AWAITING_REPLY, 'replied', 'follow_up'];

export interface ReplyInfo {
  at: string;
  author: string;
  url: string;
  /** The staff post's id when detected on the page. */
  pid: string | null;
  /** The staff post's place in the thread, as its site gives it (see `PostInfo.order`); absent when none is known. */
  order?: number | null;
  /** The first reply's time, kept when a later reply (after a netizen's follow-up) replaces this one. */
  firstAt?: string;
  /** true when detected from a staff post, false when marked by hand. */
  detected: boolean;
}

/** A netizen's thanks or praise after the staff reply. */
export interface PraiseNote {
  at: string;
  author: string;
  /** The post's own words, shortened. */
  text: string;
  url: string;
}

/** How netizens received the staff reply (see utils/reception). */
export interface Reception {
  /** Posts of thanks or praise (好评) after a reply. */
  praise: number;
  latestPraise: PraiseNote | null;
  /** Posts that pushed back or asked again (追问). */
  pushback: number;
  /** The latest netizen post classified, so that a page seen again adds nothing. */
  lastPid: string;
  /** Its place in the thread, as its site gives it; absent when none is known. */
  lastOrder?: number | null;
  lastAt: string | null;
}

export interface Fix {
  id: string;
  text: string;
  dueAt: string;
  doneAt: string | null;
}

export interface Escalation {
  at: string;
  memoNo: string;
  department: string | null;
  summary: string;
  instruction: string;
}

export interface Draft {
  text: string;
  savedAt: string;
  approvalRequestedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
}

export interface LedgerEntry {
  key: string;
  site: string;
  tid: string;
  pid: string;
  /** The post's place in its thread, as its site gives it (see `PostInfo.order`); absent when the site gives none, and in entries captured before. */
  order?: number | null;
  title: string;
  url: string;
  author: string;
  authorUid: string | null;
  postedAt: string | null;
  excerpt: string;
  topics: string[];
  /** 舆情预警 level found at capture; absent for 一般. */
  level?: RaisedLevel;
  capturedAt: string;
  status: Status;
  /** ISO 8601 with +08:00; null when nothing is due. */
  dueAt: string | null;
  department: string | null;
  reply: ReplyInfo | null;
  /** A netizen posted after the staff reply. */
  newFollowUp: boolean;
  /** Absent until a netizen posts after a reply. */
  reception?: Reception;
  fixes: Fix[];
  escalation: Escalation | null;
  draft: Draft | null;
  /** Milliseconds paused so far and when the current pause began. */
  pausedMs: number;
  pausedAt: string | null;
  updatedAt: string;
}

export interface LedgerEvent {
  /** Local primary key, different in every browser. */
  id?: number;
  key: string;
  /** Globally unique: the same event held on two PCs has the same uid. */
  uid: string;
  /** Per-entry Lamport counter: 1 + the highest seq of the entry's events known when it was written. */
  seq: number;
  /** The browser profile that wrote it; null for events from before devices were recorded. */
  device: string | null;
  at: string;
  actor: string;
  type: 'capture' | 'update' | 'status' | 'assign' | 'note' | 'fix' | 'reply' | 'followup' | 'draft' | 'approval' | 'pause' | 'resume';
  from?: Status;
  to?: Status;
  note?: string;
}

/** What a change to an entry says about itself; the ledger adds key, time, actor and identity. */
export type EventChange = Omit<LedgerEvent, 'id' | 'key' | 'uid' | 'seq' | 'device' | 'at' | 'actor'>;
