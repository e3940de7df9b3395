// Posts in the desktop (PC) thread view: `#postlist > div#post_{pid}`, plus
// replies the forum appends later into `#postlistreply`.
import type { PostInfo } from '../types';
import { toPostInfo, type PostContext } from './post-context';
import { parseFloor } from './floor';
import {
  DESKTOP_BODY_FALLBACK,
  DESKTOP_POST_CANDIDATE,
  EXACT_TIME_SPAN,
  desktopAuthorBlock,
  desktopAuthorLink,
  desktopBody,
  desktopFloorLink,
  desktopPostedAt,
} from './selectors';
import { collapseWhitespace, isElement } from './text';
import { readShownTime } from './times';
import { tidFromHref, uidFromHref } from './url';

const POST_ID = /^post_(\d+)$/;

export function isDesktopPost(el: Element): boolean {
  return el.matches(DESKTOP_POST_CANDIDATE) && POST_ID.test(el.id);
}

/** Desktop posts at or under `root`, in page order. */
export function desktopPostElements(root: ParentNode): HTMLElement[] {
  if (isElement(root) && isDesktopPost(root)) return [root];
  return Array.from(root.querySelectorAll<HTMLElement>(DESKTOP_POST_CANDIDATE)).filter(isDesktopPost);
}

function postTid(el: HTMLElement, pid: string, ctx: PostContext): string | null {
  if (ctx.tid) return ctx.tid;
  return tidFromHref(el.querySelector(desktopFloorLink(pid))?.getAttribute('href'));
}

export function readDesktopPost(el: HTMLElement, ctx: PostContext): PostInfo | null {
  const pid = POST_ID.exec(el.id)?.[1];
  const tid = pid ? postTid(el, pid, ctx) : null;
  if (!pid || !tid) return null;
  const bodyEl = el.querySelector<HTMLElement>(desktopBody(pid)) ?? el.querySelector<HTMLElement>(DESKTOP_BODY_FALLBACK);
  if (!bodyEl) return null;

  const authorLink = el.querySelector(desktopAuthorLink(pid));
  // Anonymous posts show a plain name without a profile link.
  const author = collapseWhitespace((authorLink ?? el.querySelector(desktopAuthorBlock(pid)))?.textContent ?? '');
  const timeEl = el.querySelector(desktopPostedAt(pid));
  const exactTitle = timeEl?.querySelector(EXACT_TIME_SPAN)?.getAttribute('title') ?? null;

  return toPostInfo(ctx, {
    pid,
    tid,
    floor: parseFloor(el.querySelector(desktopFloorLink(pid))?.textContent),
    author,
    authorUid: uidFromHref(authorLink?.getAttribute('href')),
    postedAt: timeEl ? readShownTime(timeEl.textContent ?? '', exactTitle, ctx.now) : null,
    bodyEl,
    containerEl: el,
  });
}
