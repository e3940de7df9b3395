// Search results: `li.pbw#{tid}`.
import type { ThreadListRow } from '../types';
import { listRow, type ListContext } from './list-context';
import { SEARCH_RESULT_ROW, SEARCH_RESULT_TITLE } from './selectors';
import { tidFromHref } from './url';

function readResult(row: HTMLElement, ctx: ListContext): ThreadListRow | null {
  const titleEl = row.querySelector<HTMLElement>(SEARCH_RESULT_TITLE);
  const href = titleEl?.getAttribute('href');
  const tid = tidFromHref(href) ?? (/^\d+$/.test(row.id) ? row.id : null);
  if (!titleEl || !tid) return null;
  return listRow(ctx, row, tid, titleEl, href);
}

export function searchResultRows(doc: Document, ctx: ListContext): ThreadListRow[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(SEARCH_RESULT_ROW))
    .map((row) => readResult(row, ctx))
    .filter((r): r is ThreadListRow => r !== null);
}
