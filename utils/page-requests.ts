// Checks of what a content script sends, against the address of the tab it runs in: a forum page
// (its own scripts included) can only speak of posts on its own site.
import * as v from 'valibot';
import { SEEN_TEXT_CHARS, type PageMessageMap, type PageMessageType } from './messages';
import { postKey } from './sites/types';
import { LIMITS } from './transfer/limits';
import { BOARD_PLACES } from './watch/board-kinds';

/** The site (host with port) of a sender's address when it is an http(s) page; null otherwise. */
export function pageSiteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

const MAX_POSTS_PER_MESSAGE = 5_000;
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** Thread and post ids: Discuz numbers, generic profiles' hashes or the page's own element ids. */
const id = () => v.pipe(v.string(), v.regex(/^[^\s/]{1,200}$/));
const isoOrNull = () => v.nullable(v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()));

const captureSchema = v.object({
  post: v.object({
    key: str(LIMITS.key),
    site: str(LIMITS.site),
    tid: id(),
    pid: id(),
    order: v.optional(v.nullable(v.number())),
    title: v.string(),
    url: str(LIMITS.url),
    author: v.string(),
    authorUid: v.nullable(id()),
    postedAt: isoOrNull(),
    excerpt: v.string(),
    topics: v.array(str(LIMITS.id)),
    level: v.optional(v.picklist(['watch', 'urgent'])),
  }),
});

const seenPostSchema = v.object({
  key: str(LIMITS.key),
  site: str(LIMITS.site),
  tid: id(),
  pid: id(),
  floor: v.nullable(v.number()),
  order: v.nullable(v.number()),
  author: str(LIMITS.name * 10),
  /** The author as the page shows it, labels included: staff matching on sites without uids compares this. */
  authorShown: v.optional(str(LIMITS.name * 10)),
  authorUid: v.nullable(id()),
  postedAt: isoOrNull(),
  permalink: str(LIMITS.url),
  text: v.optional(str(SEEN_TEXT_CHARS)),
  quotedPid: v.optional(v.nullable(id())),
});

const SCHEMAS: Record<PageMessageType, v.GenericSchema> = {
  capture: captureSchema,
  states: v.object({ keys: v.pipe(v.array(str(LIMITS.key)), v.maxLength(MAX_POSTS_PER_MESSAGE)) }),
  threadSeen: v.object({ tid: id(), posts: v.pipe(v.array(seenPostSchema), v.maxLength(MAX_POSTS_PER_MESSAGE)) }),
  threadEntry: v.object({ tid: id(), quotedPid: v.nullable(id()) }),
  watchBoard: v.object({ url: str(LIMITS.url), watch: v.boolean() }),
  boardPlace: v.object({ url: str(LIMITS.url), place: v.picklist(BOARD_PLACES) }),
  listTopics: v.object({ tids: v.pipe(v.array(id()), v.maxLength(MAX_POSTS_PER_MESSAGE)) }),
  pageDraft: v.variant('action', [
    v.object({ key: str(LIMITS.key), action: v.literal('save'), text: str(LIMITS.draft) }),
    v.object({ key: str(LIMITS.key), action: v.literal('requestApproval') }),
  ]),
};

/** True when `url` is an http(s) address on `site`. */
export function isUrlOnSite(url: string, site: string): boolean {
  return pageSiteOf(url) === site;
}

const keyOnSite = (key: string, site: string) => key.startsWith(`${site}/`);

/** Why a page's request is refused, or null when it may be handled for a page on `site`. */
export function pageRequestProblem<K extends PageMessageType>(type: K, request: unknown, site: string): string | null {
  if (!v.is(SCHEMAS[type], request)) return `格式不对：${type}`;
  const r = request as PageMessageMap[K]['request'];
  switch (type) {
    case 'capture': {
      const { post } = r as PageMessageMap['capture']['request'];
      if (post.site !== site || post.key !== postKey(site, post.tid, post.pid)) return '帖子不属于当前网站';
      if (!isUrlOnSite(post.url, site)) return '帖子地址不属于当前网站';
      return null;
    }
    case 'threadSeen': {
      const { tid, posts } = r as PageMessageMap['threadSeen']['request'];
      const foreign = posts.some((p) => p.site !== site || p.tid !== tid || p.key !== postKey(site, tid, p.pid) || (p.permalink !== '' && !isUrlOnSite(p.permalink, site)));
      return foreign ? '帖子不属于当前网站' : null;
    }
    case 'watchBoard':
    case 'boardPlace':
      return isUrlOnSite((r as PageMessageMap['watchBoard' | 'boardPlace']['request']).url, site) ? null : '版块地址不属于当前网站';
    case 'pageDraft':
      return keyOnSite((r as PageMessageMap['pageDraft']['request']).key, site) ? null : '帖子不属于当前网站';
    default:
      return null;
  }
}

/** Keys of `site` only: a page asks about its own posts. */
export function keysOnSite(keys: readonly string[], site: string): string[] {
  return keys.filter((k) => keyOnSite(k, site));
}
