// Desktop thread lists: board pages (forumdisplay) and the guide (导读), both
// `tbody#normalthread_{tid}` / `tbody#stickthread_{tid}` rows.
import type { ThreadListRow } from '../types';
import { countOrNull, isoOrNull, type ListContext } from './list-context';
import {
  DESKTOP_LIST_BY_CELL,
  DESKTOP_LIST_BY_CITE,
  DESKTOP_LIST_BY_NAME,
  DESKTOP_LIST_BY_TIME,
  DESKTOP_LIST_REPLIES,
  DESKTOP_LIST_ROW,
  DESKTOP_LIST_TITLE,
  EXACT_TIME_SPAN,
} from './selectors';
import { collapseWhitespace } from '../../collapse-whitespace';
import { readShownTime } from './times';
import { absoluteUrl, uidFromHref } from './url';

const ROW_ID = /^(?:normal|stick)thread_(\d+)$/;

function readRow(row: HTMLElement, ctx: ListContext): ThreadListRow | null {
  const tid = ROW_ID.exec(row.id)?.[1];
  const titleEl = row.querySelector<HTMLElement>(DESKTOP_LIST_TITLE);
  if (!tid || !titleEl) return null;
  // Author and last-post cells hold a <cite>; the guide adds a board cell without one.
  const byCells = Array.from(row.querySelectorAll(DESKTOP_LIST_BY_CELL)).filter((td) =>
    td.querySelector(DESKTOP_LIST_BY_CITE),
  );
  const authorCell = byCells.length > 0 ? byCells[0] : null;
  const lastCell = byCells.length > 1 ? byCells[byCells.length - 1] : null;
  const authorLink = authorCell?.querySelector(DESKTOP_LIST_BY_NAME);
  const authorText = collapseWhitespace(authorCell?.querySelector(DESKTOP_LIST_BY_CITE)?.textContent ?? '');
  const lastTime = lastCell?.querySelector(DESKTOP_LIST_BY_TIME);

  return {
    site: ctx.site,
    tid,
    title: collapseWhitespace(titleEl.textContent ?? ''),
    titleEl,
    rowEl: row,
    author: authorText || null,
    authorUid: uidFromHref(authorLink?.getAttribute('href')),
    replies: countOrNull(row.querySelector(DESKTOP_LIST_REPLIES)?.textContent),
    lastPostAt: lastTime
      ? isoOrNull(
          readShownTime(
            lastTime.textContent ?? '',
            lastTime.querySelector(EXACT_TIME_SPAN)?.getAttribute('title') ?? null,
            ctx.now,
          ),
        )
      : null,
    url: absoluteUrl(ctx.doc, titleEl.getAttribute('href')),
  };
}

export function desktopListRows(doc: Document, ctx: ListContext): ThreadListRow[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(DESKTOP_LIST_ROW))
    .map((row) => readRow(row, ctx))
    .filter((r): r is ThreadListRow => r !== null);
}
