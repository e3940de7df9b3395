import type { PostInfo } from '../types';
import type { PostContext } from './post-context';
import { desktopPostElements, readDesktopPost } from './posts-desktop';
import { readTouchPost, touchPostElements } from './posts-touch';
import { threadTid } from './thread-info';
import { siteOf } from './url';

/**
 * Posts at or under `root` (the whole page by default): `root` may be the
 * document, a list that received appended replies, or one post element.
 */
export function readPosts(doc: Document, root: ParentNode, now: Date): PostInfo[] {
  const ctx: PostContext = { doc, site: siteOf(doc), tid: threadTid(doc), now };
  const desktop = desktopPostElements(root).map((el) => readDesktopPost(el, ctx));
  const touch = touchPostElements(root).map((el) => readTouchPost(el, ctx));
  return [...desktop, ...touch].filter((p): p is PostInfo => p !== null);
}
