import { PAGER, PAGER_LAST, PAGER_LINK } from './selectors';
import { pagination } from './pagination';
import { absoluteUrl } from './url';

const numberIn = (text: string | null) => Number(/\d+/.exec(text ?? '')?.[0] ?? NaN);

/** The address of the thread's last page when this page is not it (a growing thread is read from its end). */
export function lastPageUrl(doc: Document): string | null {
  const pages = pagination(doc);
  if (!pages || pages.total <= pages.current) return null;
  const pager = doc.querySelector(PAGER)!;
  const links = [pager.querySelector(PAGER_LAST), ...Array.from(pager.querySelectorAll(PAGER_LINK))];
  const last = links.find((a) => a && numberIn(a.textContent) === pages.total);
  return absoluteUrl(doc, last?.getAttribute('href')) || null;
}
