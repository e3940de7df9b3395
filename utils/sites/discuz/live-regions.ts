import {
  DESKTOP_AJAX_REPLY_LIST,
  DESKTOP_POST_LIST,
  THREAD_LIST_TABLE,
  TOUCH_LIST,
  TOUCH_POST_CONTAINER,
} from './selectors';

const LIVE_REGIONS = [DESKTOP_POST_LIST, DESKTOP_AJAX_REPLY_LIST, TOUCH_POST_CONTAINER, THREAD_LIST_TABLE, TOUCH_LIST];

/** Containers the forum appends to later: quick-reply posts, "下一页 »" auto-loaded rows. */
export function liveRegions(doc: Document): HTMLElement[] {
  return LIVE_REGIONS.map((s) => doc.querySelector<HTMLElement>(s)).filter((el): el is HTMLElement => el !== null);
}
