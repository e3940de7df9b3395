import { ledgerTime } from '@/utils/time/shanghai';
import type { ThreadListRow } from '../types';
import type { TimeReading } from './times';
import { collapseWhitespace } from '../../collapse-whitespace';
import { absoluteUrl, uidFromHref } from './url';

export interface ListContext {
  doc: Document;
  site: string;
  now: Date;
}

export function isoOrNull(reading: TimeReading | null): string | null {
  return reading ? ledgerTime(reading.at) : null;
}

export function countOrNull(text: string | null | undefined): number | null {
  const m = /\d+/.exec(text ?? '');
  return m ? Number(m[0]) : null;
}

/** A list row whose author is a profile link (search results, touch list); these lists show no last-post time. */
export function rowWithAuthorLink(
  ctx: ListContext,
  row: HTMLElement,
  parts: { tid: string; titleEl: HTMLElement; href: string | null | undefined; authorLink: Element | null; replies: number | null },
): ThreadListRow {
  const { tid, titleEl, href, authorLink, replies } = parts;
  return {
    site: ctx.site,
    tid,
    title: collapseWhitespace(titleEl.textContent ?? ''),
    titleEl,
    rowEl: row,
    author: authorLink ? collapseWhitespace(authorLink.textContent ?? '') : null,
    authorUid: uidFromHref(authorLink?.getAttribute('href')),
    replies,
    lastPostAt: null,
    url: absoluteUrl(ctx.doc, href),
  };
}
