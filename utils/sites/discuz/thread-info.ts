import type { PageKind, ThreadInfo } from '../types';
import {
  CANONICAL_LINK,
  DESKTOP_LIST_ROW,
  DESKTOP_POST_LIST,
  DESKTOP_THREAD_SUBJECT,
  REPLY_SUBJECT_DESKTOP,
  REPLY_SUBJECT_TOUCH,
  SEARCH_RESULT_ROW,
  THREAD_LIST_TABLE,
  TOUCH_LIST_ROW,
  TOUCH_POST_CANDIDATE,
  TOUCH_POST_CONTAINER,
  TOUCH_REPLY_TEXTAREA,
  TOUCH_THREAD_TITLE,
  TOUCH_THREAD_TYPE,
  THREAD_LINK,
} from './selectors';
import { currentPage } from './pagination';
import { directText } from './text';
import { collapseWhitespace } from '../../collapse-whitespace';
import { absoluteUrl, siteOf, tidFromHref } from './url';


function isThreadPage(doc: Document): boolean {
  return doc.querySelector(DESKTOP_POST_LIST) !== null || doc.querySelector(TOUCH_POST_CANDIDATE) !== null;
}

export function pageKind(doc: Document): PageKind {
  if (isThreadPage(doc)) return 'thread';
  if (doc.querySelector(TOUCH_REPLY_TEXTAREA)) return 'reply';
  if (doc.querySelector(`${THREAD_LIST_TABLE}, ${DESKTOP_LIST_ROW}, ${SEARCH_RESULT_ROW}, ${TOUCH_LIST_ROW}`)) {
    return 'list';
  }
  return 'other';
}

/** Thread id of a thread or reply page: from the address, the canonical link, or the post list's links. */
export function threadTid(doc: Document): string | null {
  const canonical = doc.querySelector(CANONICAL_LINK)?.getAttribute('href');
  const inPosts = doc.querySelector(`${DESKTOP_POST_LIST} ${THREAD_LINK}, ${TOUCH_POST_CONTAINER} ${THREAD_LINK}`);
  return tidFromHref(doc.URL) ?? tidFromHref(canonical) ?? tidFromHref(inPosts?.getAttribute('href'));
}

/** Title as the thread page shows it, without the thread type prefix (`[投诉]`). */
function threadTitle(doc: Document): string | null {
  const desktop = doc.querySelector(DESKTOP_THREAD_SUBJECT);
  if (desktop) return collapseWhitespace(desktop.textContent ?? '');
  const touch = doc.querySelector(TOUCH_THREAD_TITLE);
  if (touch) {
    const parts = Array.from(touch.childNodes)
      .filter((n) => !(n.nodeType === 1 && (n as Element).matches(TOUCH_THREAD_TYPE)))
      .map((n) => n.textContent ?? '');
    return collapseWhitespace(parts.join(''));
  }
  const replySubject = doc.querySelector(REPLY_SUBJECT_DESKTOP) ?? doc.querySelector(REPLY_SUBJECT_TOUCH);
  if (replySubject) {
    return directText(replySubject).replace(/^RE:\s*/i, '').replace(/\s*\[\s*\]$/, '');
  }
  return null;
}

export function threadInfo(doc: Document): ThreadInfo | null {
  const kind = pageKind(doc);
  if (kind !== 'thread' && kind !== 'reply') return null;
  const tid = threadTid(doc);
  const title = threadTitle(doc);
  if (!tid || title === null) return null;
  return {
    site: siteOf(doc),
    tid,
    title,
    url: absoluteUrl(doc, `forum.php?mod=viewthread&tid=${tid}`),
    page: kind === 'thread' ? currentPage(doc) : 1,
  };
}
