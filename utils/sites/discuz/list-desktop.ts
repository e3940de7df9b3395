// Desktop thread lists: board pages (forumdisplay) and the guide (导读), both
// `tbody#normalthread_{tid}` / `tbody#stickthread_{tid}` rows.
import type { ThreadListRow } from '../types';
import { listRow, type ListContext } from './list-context';
import { DESKTOP_LIST_ROW, DESKTOP_LIST_TITLE } from './selectors';

const ROW_ID = /^(?:normal|stick)thread_(\d+)$/;

function readRow(row: HTMLElement, ctx: ListContext): ThreadListRow | null {
  const tid = ROW_ID.exec(row.id)?.[1];
  const titleEl = row.querySelector<HTMLElement>(DESKTOP_LIST_TITLE);
  if (!tid || !titleEl) return null;
  return listRow(ctx, row, tid, titleEl, titleEl.getAttribute('href'));
}

export function desktopListRows(doc: Document, ctx: ListContext): ThreadListRow[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(DESKTOP_LIST_ROW))
    .map((row) => readRow(row, ctx))
    .filter((r): r is ThreadListRow => r !== null);
}
