import { FOOTER_POWERED_LINK, GENERATOR_META, HEAD_SCRIPTS, TOUCH_STYLESHEET } from './selectors';

/** The selectors Discuz! X pages are recognised by. */
export const DISCUZ_MARKERS = { generatorMeta: GENERATOR_META, headScripts: HEAD_SCRIPTS, footerPoweredLink: FOOTER_POWERED_LINK, touchStylesheet: TOUCH_STYLESHEET };
export type DiscuzMarkers = typeof DISCUZ_MARKERS;

/**
 * True for any page of a Discuz! X forum, desktop or touch view. Uses no name from outside its
 * body, so the popup can also run it inside a tab (scripting.executeScript) on the live page.
 */
export function hasDiscuzMarkers(markers: DiscuzMarkers, doc: Document = document): boolean {
  const generator = doc.querySelector(markers.generatorMeta)?.getAttribute('content') ?? '';
  if (/^Discuz!/i.test(generator)) return true;
  if (/Powered by Discuz!/i.test(doc.title)) return true;
  for (const script of Array.from(doc.querySelectorAll(markers.headScripts))) {
    if (/\bdiscuz_uid\s*=/.test(script.textContent ?? '')) return true;
  }
  if (doc.querySelector(markers.footerPoweredLink)?.textContent?.includes('Discuz!')) return true;
  // The touch (phone) view: Discuz serves its own mobile stylesheet.
  return doc.querySelector(markers.touchStylesheet) !== null;
}

export function isDiscuzPage(doc: Document): boolean {
  return hasDiscuzMarkers(DISCUZ_MARKERS, doc);
}
