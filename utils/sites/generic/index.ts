import type { PostInfo, ReplyEditor, SiteAdapter, ThreadInfo } from '../types';
import { postKey } from '../types';
import type { SiteProfile } from '../../settings/types';
import { parseShanghaiLocal, toShanghaiISO } from '../../time/shanghai';
import { shortHash } from './hash';

type Selectors = NonNullable<SiteProfile['selectors']>;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function safeAll(root: ParentNode, selector: string): HTMLElement[] {
  if (!selector.trim()) return [];
  try {
    return [...root.querySelectorAll<HTMLElement>(selector)];
  } catch {
    return [];
  }
}

function safeOne(root: ParentNode, selector: string): HTMLElement | null {
  return safeAll(root, selector)[0] ?? null;
}

/** Whether each selector of the profile is valid CSS; messages name the broken ones. */
export function checkSelectors(selectors: Selectors): string[] {
  const problems: string[] = [];
  for (const [name, sel] of Object.entries(selectors)) {
    if (!sel.trim()) {
      if (name === 'post' || name === 'body') problems.push(`「${name}」选择器不能为空`);
      continue;
    }
    try {
      document.createDocumentFragment().querySelector(sel);
    } catch {
      problems.push(`「${name}」不是有效的 CSS 选择器：${sel}`);
    }
  }
  return problems;
}

/** A page of a news comment column or a message board, read through a user's CSS selectors. */
export function createGenericAdapter(profile: SiteProfile & { selectors: Selectors }): SiteAdapter {
  const sel = profile.selectors;
  const threadId = (doc: Document) => {
    const url = new URL(doc.URL);
    return shortHash(url.pathname + url.search);
  };
  const site = (doc: Document) => new URL(doc.URL).host;

  const adapter: SiteAdapter = {
    id: 'generic',
    detect: (doc) => safeAll(doc, sel.post).length > 0 || safeAll(doc, sel.replyBox).length > 0,
    pageKind: (doc) => (safeAll(doc, sel.post).length ? 'thread' : safeAll(doc, sel.replyBox).length ? 'reply' : 'other'),
    threadInfo(doc): ThreadInfo {
      const title = collapse(safeOne(doc, sel.title)?.textContent ?? doc.title);
      return { site: site(doc), tid: threadId(doc), title, url: doc.URL, page: 1 };
    },
    posts(doc, root = doc): PostInfo[] {
      const tid = threadId(doc);
      const host = site(doc);
      const containers = root instanceof HTMLElement && root.matches(sel.post) ? [root] : safeAll(root, sel.post);
      return containers.flatMap((el) => {
        const bodyEl = safeOne(el, sel.body) ?? el;
        const author = collapse(safeOne(el, sel.author)?.textContent ?? '');
        const timeText = collapse(safeOne(el, sel.time)?.textContent ?? '');
        const when = parseShanghaiLocal(timeText);
        const pid = el.id || el.getAttribute('data-id') || shortHash(`${author}|${timeText}|${collapse(bodyEl.textContent ?? '').slice(0, 80)}`);
        const permalink = el.id ? `${doc.URL.split('#')[0]}#${el.id}` : doc.URL;
        return [{ key: postKey(host, tid, pid), site: host, tid, pid, floor: null, author, authorUid: null, postedAt: when ? toShanghaiISO(when) : null, bodyEl, containerEl: el, permalink }];
      });
    },
    postText: (post) => collapse(post.bodyEl.textContent ?? ''),
    threadListRows: () => [],
    replyEditors(doc): ReplyEditor[] {
      return safeAll(doc, sel.replyBox).map((el) => ({
        kind: el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? 'textarea' : el instanceof HTMLIFrameElement ? 'iframe' : 'contenteditable',
        el,
        anchorEl: el,
        tid: threadId(doc),
      }));
    },
    pagination: () => null,
    liveRegions: (doc) => {
      const first = safeOne(doc, sel.post);
      return first?.parentElement ? [first.parentElement] : [];
    },
  };
  return adapter;
}
