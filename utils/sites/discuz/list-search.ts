// Search results: `li.pbw#{tid}`. They show the thread's start date, not its last post.
import type { ThreadListRow } from '../types';
import { countOrNull, rowWithAuthorLink, type ListContext } from './list-context';
import { SEARCH_RESULT_AUTHOR, SEARCH_RESULT_COUNTS, SEARCH_RESULT_ROW, SEARCH_RESULT_TITLE } from './selectors';
import { tidFromHref } from './url';

const REPLY_COUNT = /(\d+)\s*个回复/;

function readResult(row: HTMLElement, ctx: ListContext): ThreadListRow | null {
  const titleEl = row.querySelector<HTMLElement>(SEARCH_RESULT_TITLE);
  const href = titleEl?.getAttribute('href');
  const tid = tidFromHref(href) ?? (/^\d+$/.test(row.id) ? row.id : null);
  if (!titleEl || !tid) return null;
  const authorLink = row.querySelector(SEARCH_RESULT_AUTHOR);
  const counts = REPLY_COUNT.exec(row.querySelector(SEARCH_RESULT_COUNTS)?.textContent ?? '');
  const replies = counts ? countOrNull(counts[1]) : null;
  return rowWithAuthorLink(ctx, row, { tid, titleEl, href, authorLink, replies });
}

export function searchResultRows(doc: Document, ctx: ListContext): ThreadListRow[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(SEARCH_RESULT_ROW))
    .map((row) => readResult(row, ctx))
    .filter((r): r is ThreadListRow => r !== null);
}
