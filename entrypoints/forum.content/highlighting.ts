import type { PostInfo, SiteAdapter } from '@/utils/sites/types';
import type { Matcher } from '@/utils/matching/compile';
import { highlightElement } from '@/utils/matching/highlight';

/** Topic ids of the post's own text (quotes and edit notices do not count), with hits highlighted. */
export function highlightPost(adapter: SiteAdapter, post: PostInfo, matcher: Matcher): string[] {
  return highlightElement(post.bodyEl, matcher, { exclude: adapter.ownTextExclude });
}

export function highlightTitle(el: HTMLElement, matcher: Matcher): string[] {
  return highlightElement(el, matcher);
}
