// Posts in the desktop (PC) thread view: `#postlist > div#post_{pid} > table#pid{pid}`,
// and replies posted by AJAX: `#postlistreply > div[id=""] > table#pid{pid}`.
import type { PostInfo } from '../types';
import { toPostInfo, type PostContext } from './post-context';
import { parseFloor } from './floor';
import {
  DESKTOP_AJAX_REPLY_LIST,
  DESKTOP_BODY_FALLBACK,
  DESKTOP_POST_TABLE,
  EXACT_TIME_SPAN,
  desktopAuthorBlock,
  desktopAuthorLink,
  desktopBody,
  desktopFloorLink,
  desktopPostedAt,
  desktopPostWrapperId,
} from './selectors';
import { isElement } from './text';
import { collapseWhitespace } from '../../collapse-whitespace';
import { readShownTime } from './times';
import { tidFromHref, uidFromHref } from './url';

const TABLE_ID = /^pid(\d+)$/;

/** A post's table and the wrapper that carries the marks for it. */
export interface DesktopPostElement {
  pid: string;
  container: HTMLElement;
}

function postOfTable(table: HTMLElement): DesktopPostElement | null {
  const pid = TABLE_ID.exec(table.id)?.[1];
  const wrapper = table.parentElement;
  if (!pid || wrapper?.tagName !== 'DIV') return null;
  const served = wrapper.id === desktopPostWrapperId(pid);
  const insertedByAjax = wrapper.parentElement?.matches(DESKTOP_AJAX_REPLY_LIST) ?? false;
  return served || insertedByAjax ? { pid, container: wrapper } : null;
}

/** Desktop posts at or under `root` (a post's table or its wrapper included), in page order. */
export function desktopPostElements(root: ParentNode): DesktopPostElement[] {
  const tables = isElement(root) && root.matches(DESKTOP_POST_TABLE) ? [root as HTMLElement] : Array.from(root.querySelectorAll<HTMLElement>(DESKTOP_POST_TABLE));
  return tables.map(postOfTable).filter((p): p is DesktopPostElement => p !== null);
}

function postTid(el: HTMLElement, pid: string, ctx: PostContext): string | null {
  if (ctx.tid) return ctx.tid;
  return tidFromHref(el.querySelector(desktopFloorLink(pid))?.getAttribute('href'));
}

export function readDesktopPost({ pid, container: el }: DesktopPostElement, ctx: PostContext): PostInfo | null {
  const tid = postTid(el, pid, ctx);
  if (!tid) return null;
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
