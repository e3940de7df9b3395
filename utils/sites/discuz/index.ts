// The Discuz! X site adapter: desktop and touch views, auto-detected.
import type { PostInfo, SiteAdapter } from '../types';
import { isDiscuzPage } from './detect';
import { liveRegions } from './live-regions';
import { looksLikeDiscuzContent } from './url';
import { lastPageUrl } from './last-page';
import { readPosts } from './posts';
import { quotedPid } from './quoted-post';
import { replyEditors } from './reply-editors';
import { replyQuote } from './reply-quote';
import { BODY_EXCLUDED } from './selectors';
import { ownText } from './text';
import { pageKind, threadInfo } from './thread-info';
import { threadListRows } from './thread-list';

export interface DiscuzAdapterOptions {
  /** The moment relative times ("3 天前", "9 小时前") count back from; the current time by default. */
  now?: () => Date;
}

export function createDiscuzAdapter(options: DiscuzAdapterOptions = {}): SiteAdapter {
  const now = options.now ?? (() => new Date());
  return {
    id: 'discuz',
    detect: isDiscuzPage,
    pageKind,
    threadInfo,
    posts: (doc: Document, roots: readonly ParentNode[] = [doc]) => readPosts(doc, roots, now()),
    ownTextExclude: BODY_EXCLUDED,
    postText: (post: PostInfo) => ownText(post.bodyEl),
    quotedPid,
    threadListRows,
    replyEditors,
    replyQuote,
    expectsContent: looksLikeDiscuzContent,
    lastPageUrl,
    liveRegions,
  };
}

export const discuzAdapter: SiteAdapter = createDiscuzAdapter();
