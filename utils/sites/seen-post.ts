import { SEEN_TEXT_CHARS, type SeenPost } from '../messages';
import type { PostInfo, SiteAdapter } from './types';

/** A post as a thread page reports it to the background (threadSeen): no markup, a bounded start of its own text. */
export function seenPost(adapter: SiteAdapter, post: PostInfo): SeenPost {
  const { key, site, tid, pid, floor, order, author, authorShown, authorUid, postedAt, permalink } = post;
  const text = adapter.postText(post).slice(0, SEEN_TEXT_CHARS);
  return { key, site, tid, pid, floor, order, author, authorShown, authorUid, postedAt, permalink, text, quotedPid: adapter.quotedPid?.(post) ?? null };
}
