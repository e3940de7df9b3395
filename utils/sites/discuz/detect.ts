import { FOOTER_POWERED_LINK, GENERATOR_META, HEAD_SCRIPTS, TOUCH_STYLESHEET } from './selectors';

const GENERATOR = /^Discuz!/i;
const DISCUZ_GLOBALS = /\bdiscuz_uid\s*=/;
const POWERED_TITLE = /Powered by Discuz!/i;

/** True for any page of a Discuz! X forum, desktop or touch view. */
export function isDiscuzPage(doc: Document): boolean {
  const generator = doc.querySelector(GENERATOR_META)?.getAttribute('content') ?? '';
  if (GENERATOR.test(generator)) return true;
  if (POWERED_TITLE.test(doc.title)) return true;
  for (const script of Array.from(doc.querySelectorAll(HEAD_SCRIPTS))) {
    if (DISCUZ_GLOBALS.test(script.textContent ?? '')) return true;
  }
  if (doc.querySelector(FOOTER_POWERED_LINK)?.textContent?.includes('Discuz!')) return true;
  return isTouchView(doc);
}

/** The touch (phone) view: Discuz serves its own mobile stylesheet and `pg_*` body classes. */
export function isTouchView(doc: Document): boolean {
  return doc.querySelector(TOUCH_STYLESHEET) !== null;
}
