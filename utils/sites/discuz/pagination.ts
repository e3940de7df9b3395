import { PAGER, PAGER_CURRENT, PAGER_LINK, PAGER_TOTAL } from './selectors';
import { pageFromHref } from './url';

function firstNumber(text: string | null | undefined): number | null {
  const m = /\d+/.exec(text ?? '');
  return m ? Number(m[0]) : null;
}

/** Page shown: the pager's highlighted number, else the address's `page`, else 1. */
export function currentPage(doc: Document): number {
  const pager = doc.querySelector(PAGER);
  return firstNumber(pager?.querySelector(PAGER_CURRENT)?.textContent) ?? pageFromHref(doc.URL) ?? 1;
}

/** The page shown and the thread's or list's number of pages; null when the page has no pager (everything fits on one page). */
export function pagination(doc: Document): { current: number; total: number } | null {
  const pager = doc.querySelector(PAGER);
  if (!pager) return null;
  const current = currentPage(doc);
  const linked = Array.from(pager.querySelectorAll(PAGER_LINK), (a) => firstNumber(a.textContent) ?? 0);
  const total = firstNumber(pager.querySelector(PAGER_TOTAL)?.getAttribute('title')) ?? Math.max(current, ...linked);
  return { current, total };
}
