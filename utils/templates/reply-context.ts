// What a reply is about, from the page and the thread's ledger entry, as the
// input of buildContext (./variables.ts).
import type { LedgerEntry } from '../ledger/types';
import type { Settings } from '../settings/types';
import type { QuotedPost } from './quote';

/** What the page around a reply box shows. */
export interface PageFacts {
  title: string | null;
  /** Address of the thread. */
  url: string | null;
  /** The thread's first post, when it is on this page. */
  firstPost: { author: string; postedAt: string | null } | null;
  /** The post this reply quotes (its `href` absolute). */
  quoted: QuotedPost | null;
  /** Topic ids the page's posts matched, first post first. */
  topics: string[];
}

/** What a reply needs to know of the thread's ledger entry. */
export type ReplyEntry = Pick<LedgerEntry, 'author' | 'postedAt' | 'title' | 'url' | 'department' | 'topics'>;

/** The entry's topics, or the page's when the thread is not in the ledger. */
export function replyTopics(facts: PageFacts, entry: ReplyEntry | null): string[] {
  return entry?.topics.length ? entry.topics : facts.topics;
}

/**
 * The netizen answered is the quoted author, otherwise the captured post's
 * author, otherwise the thread starter. The department is the entry's, otherwise
 * that of the first topic that names one.
 */
export function replySubject(facts: PageFacts, entry: ReplyEntry | null, topics: Settings['topics']): Partial<LedgerEntry> {
  const person = facts.quoted ?? entry ?? facts.firstPost;
  const topicIds = replyTopics(facts, entry);
  const topicDepartment = topicIds.map((id) => topics.find((t) => t.id === id)?.department).find(Boolean);
  const subject: Partial<LedgerEntry> = {};
  if (person?.author) subject.author = person.author;
  if (person?.postedAt) subject.postedAt = person.postedAt;
  const title = facts.title || entry?.title;
  if (title) subject.title = title;
  const url = facts.quoted?.href || entry?.url || facts.url;
  if (url) subject.url = url;
  const department = entry?.department || topicDepartment;
  if (department) subject.department = department;
  return subject;
}
