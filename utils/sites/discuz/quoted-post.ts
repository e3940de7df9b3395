import type { PostInfo } from '../types';
import { POST_QUOTE_LINK } from './selectors';

/** The id of the post a Discuz post quotes (引用), from the link in its quote header; null when it quotes none. */
export function quotedPid(post: PostInfo): string | null {
  const href = post.bodyEl.querySelector(POST_QUOTE_LINK)?.getAttribute('href');
  if (!href) return null;
  const pid = /[?&]pid=(\d+)/.exec(href.replace(/&amp;/g, '&'));
  return pid ? pid[1]! : null;
}
