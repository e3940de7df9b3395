import type { ThreadListRow } from '../types';
import { collapseWhitespace } from '../../collapse-whitespace';
import { absoluteUrl } from './url';

export interface ListContext {
  doc: Document;
  site: string;
}

/** A thread list row: its thread, its title element and the address the title links to. */
export function listRow(ctx: ListContext, row: HTMLElement, tid: string, titleEl: HTMLElement, href: string | null | undefined): ThreadListRow {
  return { site: ctx.site, tid, title: collapseWhitespace(titleEl.textContent ?? ''), titleEl, rowEl: row, url: absoluteUrl(ctx.doc, href) };
}
