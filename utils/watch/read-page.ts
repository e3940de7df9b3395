// One fetched page read by the same site adapters as the content script uses on open pages.
import type { SeenPost } from '../messages';
import type { SiteProfile } from '../settings/types';
import { seenPost } from '../sites/seen-post';
import { pickAdapter, profilesFor } from '../sites/registry';
import { fetchedDocument } from './fetched-document';
import { pageProblem, type ProblemReading } from './page-problem';

export interface FetchedPage {
  html: string;
  /** The address the page came from, after redirects. */
  url: string;
  status: number;
}

export interface ReadPage {
  problem: ProblemReading | null;
  tid: string | null;
  posts: SeenPost[];
  /** The thread's last page when this page is not it. */
  lastPageUrl: string | null;
}

/** Reads a fetched thread page (needs a DOM: the offscreen document, or Firefox's background page). */
export function readThreadPage(page: FetchedPage, sites: SiteProfile[]): ReadPage {
  const doc = fetchedDocument(page.html, page.url);
  const nothing = { tid: null, posts: [], lastPageUrl: null };
  const problem = pageProblem(doc, page.status);
  if (problem) return { problem, ...nothing };
  const adapter = pickAdapter(doc, profilesFor(page.url, sites));
  const thread = adapter?.threadInfo(doc);
  const posts = adapter && thread ? adapter.posts(doc) : [];
  if (!adapter || !thread || posts.length === 0) return { problem: { problem: 'unrecognised', detail: doc.title.slice(0, 200) }, ...nothing };
  return { problem: null, tid: thread.tid, posts: posts.map((p) => seenPost(adapter, p)), lastPageUrl: adapter.lastPageUrl?.(doc) ?? null };
}
