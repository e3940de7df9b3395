// Touch thread list: `div.threadlist li.list` (sticky: `li.list_top`).
import type { ThreadListRow } from '../types';
import { listRow, type ListContext } from './list-context';
import { TOUCH_LIST_ROW, TOUCH_LIST_THREAD_LINK, TOUCH_LIST_TITLE } from './selectors';
import { tidFromHref } from './url';

function readItem(row: HTMLElement, ctx: ListContext): ThreadListRow | null {
  const link = row.querySelector(TOUCH_LIST_THREAD_LINK);
  const tid = tidFromHref(link?.getAttribute('href'));
  const titleEl = row.querySelector<HTMLElement>(TOUCH_LIST_TITLE);
  if (!link || !tid || !titleEl) return null;
  return listRow(ctx, row, tid, titleEl, link.getAttribute('href'));
}

export function touchListRows(doc: Document, ctx: ListContext): ThreadListRow[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(TOUCH_LIST_ROW))
    .map((row) => readItem(row, ctx))
    .filter((r): r is ThreadListRow => r !== null);
}
