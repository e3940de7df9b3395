// One fetched page read by the same site adapters as the content script uses on open pages.
import type { SeenPost } from '../messages';
import type { SiteProfile } from '../settings/types';
import { seenPost } from '../sites/seen-post';
import { pickAdapter, profilesFor } from '../sites/registry';
import { fetchedDocument } from './fetched-document';
import { pageProblem, type ProblemReading } from './page-problem';
import { boardNameOf } from './board-name';

export interface FetchedPage {
  html: string;
  /** The address the page came from, after redirects. */
  url: string;
  status: number;
}

export interface ReadPage {
  problem: ProblemReading | null;
  tid: string | null;
  title: string;
  posts: SeenPost[];
  /** The thread's last page when this page is not it. */
  lastPageUrl: string | null;
}

/** Reads a fetched thread page (needs a DOM: the offscreen document, or Firefox's background page). */
export function readThreadPage(page: FetchedPage, sites: SiteProfile[]): ReadPage {
  const doc = fetchedDocument(page.html, page.url);
  const nothing = { tid: null, title: '', posts: [], lastPageUrl: null };
  const problem = pageProblem(doc, page.status);
  if (problem) return { problem, ...nothing };
  const adapter = pickAdapter(doc, profilesFor(page.url, sites));
  const thread = adapter?.threadInfo(doc);
  const posts = adapter && thread ? adapter.posts(doc) : [];
  if (!adapter || !thread || posts.length === 0) return { problem: { problem: 'unrecognised', detail: doc.title.slice(0, 200) }, ...nothing };
  return { problem: null, tid: thread.tid, title: thread.title, posts: posts.map((p) => seenPost(adapter, p)), lastPageUrl: adapter.lastPageUrl?.(doc) ?? null };
}

export interface ReadBoard {
  problem: ProblemReading | null;
  /** `论坛·版块` as the list's title names it. */
  name: string;
  rows: { tid: string; title: string; url: string }[];
}

/** Reads a fetched board list: its thread rows, newest listed first as the forum lists them. */
export function readBoardPage(page: FetchedPage, sites: SiteProfile[]): ReadBoard {
  const doc = fetchedDocument(page.html, page.url);
  const problem = pageProblem(doc, page.status);
  const name = boardNameOf(doc.title, new URL(page.url).host);
  if (problem) return { problem, name, rows: [] };
  const rows = pickAdapter(doc, profilesFor(page.url, sites))?.threadListRows(doc) ?? [];
  if (rows.length === 0) return { problem: { problem: 'unrecognised', detail: doc.title.slice(0, 200) }, name, rows: [] };
  return { problem: null, name, rows: rows.map(({ tid, title, url }) => ({ tid, title, url })) };
}
