// Posts in the touch (phone) thread view: `div.plc#pid{pid}`.
import type { PostInfo } from '../types';
import { toPostInfo, type PostContext } from './post-context';
import { parseFloor } from './floor';
import {
  TOUCH_AUTHOR_BLOCK,
  TOUCH_AUTHOR_LINK,
  TOUCH_BODY,
  TOUCH_FLOOR,
  TOUCH_POSTED_AT,
  TOUCH_POST_CANDIDATE,
  THREAD_LINK,
} from './selectors';
import { directText, isElement } from './text';
import { collapseWhitespace } from '../../collapse-whitespace';
import { parseDiscuzTime } from './times';
import { tidFromHref, uidFromHref } from './url';

const POST_ID = /^pid(\d+)$/;

export function isTouchPost(el: Element): boolean {
  return el.matches(TOUCH_POST_CANDIDATE) && POST_ID.test(el.id);
}

/** Touch posts at or under `root`, in page order. */
export function touchPostElements(root: ParentNode): HTMLElement[] {
  if (isElement(root) && isTouchPost(root)) return [root];
  return Array.from(root.querySelectorAll<HTMLElement>(TOUCH_POST_CANDIDATE)).filter(isTouchPost);
}

export function readTouchPost(el: HTMLElement, ctx: PostContext): PostInfo | null {
  const pid = POST_ID.exec(el.id)?.[1];
  const tid = ctx.tid ?? tidFromHref(el.querySelector(THREAD_LINK)?.getAttribute('href'));
  const bodyEl = el.querySelector<HTMLElement>(TOUCH_BODY);
  if (!pid || !tid || !bodyEl) return null;

  const authorLink = el.querySelector(TOUCH_AUTHOR_LINK);
  const author = collapseWhitespace((authorLink ?? el.querySelector(TOUCH_AUTHOR_BLOCK))?.textContent ?? '');
  // The time is the cell's own text; view/reply counts and the 编辑 link sit in child elements.
  const timeEl = el.querySelector(TOUCH_POSTED_AT);

  return toPostInfo(ctx, {
    pid,
    tid,
    floor: parseFloor(el.querySelector(TOUCH_FLOOR)?.textContent),
    author,
    authorUid: uidFromHref(authorLink?.getAttribute('href')),
    postedAt: timeEl ? parseDiscuzTime(directText(timeEl), ctx.now) : null,
    bodyEl,
    containerEl: el,
  });
}
