import type { PostInfo } from '../types';
import type { PostContext } from './post-context';
import { desktopPostElements, readDesktopPost } from './posts-desktop';
import { readTouchPost, touchPostElements } from './posts-touch';
import { threadTid } from './thread-info';
import { ownBase, siteOf } from './url';

/**
 * Posts at or under each root: the document, a list that received appended replies, or
 * one post element. What the posts share is read once for all of them.
 */
export function readPosts(doc: Document, roots: readonly ParentNode[], now: Date): PostInfo[] {
  const ctx: PostContext = { doc, site: siteOf(doc), tid: threadTid(doc), base: ownBase(doc), now };
  return roots.flatMap((root) => {
    const desktop = desktopPostElements(root).map((el) => readDesktopPost(el, ctx));
    const touch = touchPostElements(root).map((el) => readTouchPost(el, ctx));
    return [...desktop, ...touch].filter((p): p is PostInfo => p !== null);
  });
}
