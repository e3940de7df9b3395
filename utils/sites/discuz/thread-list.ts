import type { ThreadListRow } from '../types';
import { desktopListRows } from './list-desktop';
import type { ListContext } from './list-context';
import { searchResultRows } from './list-search';
import { touchListRows } from './list-touch';
import { siteOf } from './url';

/** Rows of board pages, the guide, search results and the touch list, in page order per kind. */
export function threadListRows(doc: Document): ThreadListRow[] {
  const ctx: ListContext = { doc, site: siteOf(doc) };
  return [...desktopListRows(doc, ctx), ...searchResultRows(doc, ctx), ...touchListRows(doc, ctx)];
}
