import type { PageKind, PostInfo, ReplyEditor, ReplyEditorKind, SiteAdapter, ThreadInfo } from '../types';
import { postKey } from '../types';
import type { SiteProfile } from '../../settings/types';
import { shortHash } from './hash';
import { FIELD_LABELS, SELECTOR_FIELDS, type Selectors } from './fields';
import { safeAll, safeMatches, safeOne, selectorError } from './query';
import { stripLabel, textWithout } from './text';
import { collapseWhitespace } from '../../collapse-whitespace';
import { OWN_UI_SELECTOR } from '../../own-ui';
import { readPostTime } from './time';

export type { Selectors } from './fields';

/** Whether each selector of the profile is usable; the messages name the broken fields in Chinese. */
export function checkSelectors(selectors: Selectors): string[] {
  const problems: string[] = [];
  for (const field of SELECTOR_FIELDS) {
    const sel = selectors[field].trim();
    if (!sel) {
      if (field === 'post') problems.push(`「${FIELD_LABELS.post}」选择器不能为空`);
      continue;
    }
    if (selectorError(sel)) problems.push(`「${FIELD_LABELS[field]}」不是有效的 CSS 选择器：${sel}`);
  }
  return problems;
}

// Query parameters that only say where a visitor came from; they must not change a thread's key.
const TRACKING_PARAM = /^(utm_\w+|spm|from|share_token)$/i;

/** Thread id of a comment page: a short hash of its path and meaningful query. */
export function genericThreadId(url: string): string {
  const u = new URL(url);
  const params = [...u.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return shortHash(u.pathname + query);
}

const ID_ATTRIBUTE = /^data-(?:[\w-]*-)?id$/;

/** The id the page gives a post: its `id`, or a `data-…id` attribute. */
function pageGivenId(el: HTMLElement): string | null {
  if (el.id) return el.id;
  for (const attr of el.attributes) {
    if (ID_ATTRIBUTE.test(attr.name) && attr.value.trim() && attr.value.length <= 64) return attr.value.trim();
  }
  return null;
}

// Checked by tag name, not instanceof: the page and its frames are different realms.
function editorKind(el: HTMLElement): ReplyEditorKind | null {
  if (el.localName === 'textarea' || el.localName === 'input') return 'textarea';
  if (el.localName === 'iframe') return 'iframe';
  const editable = el.getAttribute('contenteditable');
  if (el.isContentEditable || editable === 'true' || editable === '') return 'contenteditable';
  return null;
}

/** The editable element a reply-box selector points at: the element itself or the first editor inside it. */
function editorIn(el: HTMLElement): { el: HTMLElement; kind: ReplyEditorKind } | null {
  const own = editorKind(el);
  if (own) return { el, kind: own };
  const inner = el.querySelector<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""], iframe');
  const kind = inner && editorKind(inner);
  return inner && kind ? { el: inner, kind } : null;
}

const isElement = (node: ParentNode): node is HTMLElement => (node as Node).nodeType === 1;

export interface GenericAdapterOptions {
  /** Clock for relative times such as `3 小时前`. */
  now?: () => Date;
}

/** A page of a news comment column or a message board, read through a user's CSS selectors. */
export function createGenericAdapter(profile: SiteProfile & { selectors: Selectors }, options: GenericAdapterOptions = {}): SiteAdapter {
  const sel = profile.selectors;
  const now = options.now ?? (() => new Date());
  const site = (doc: Document) => new URL(doc.URL).host;
  const postText = (bodyEl: HTMLElement) => textWithout(bodyEl, OWN_UI_SELECTOR);

  function containersIn(root: ParentNode): HTMLElement[] {
    if (isElement(root) && safeMatches(root, sel.post)) return [root];
    return safeAll(root, sel.post).filter((el) => !el.closest(OWN_UI_SELECTOR));
  }

  function pageKind(doc: Document): PageKind {
    if (safeAll(doc, sel.post).length) return 'thread';
    return safeAll(doc, sel.replyBox).length ? 'reply' : 'other';
  }

  return {
    id: 'generic',
    detect: (doc) => pageKind(doc) !== 'other',
    pageKind,
    threadInfo(doc): ThreadInfo {
      const title = collapseWhitespace(safeOne(doc, sel.title)?.textContent ?? '') || collapseWhitespace(doc.title);
      return { site: site(doc), tid: genericThreadId(doc.URL), title, url: doc.URL, page: 1 };
    },
    posts(doc, roots = [doc]): PostInfo[] {
      const tid = genericThreadId(doc.URL);
      const host = site(doc);
      const pageUrl = doc.URL.split('#')[0] ?? doc.URL;
      const at = now();
      return roots.flatMap((root) => containersIn(root)).map((el) => {
        const bodyEl = safeOne(el, sel.body) ?? el;
        const shown = collapseWhitespace(safeOne(el, sel.author)?.textContent ?? '');
        // 留言人：李先生 is 李先生 in the ledger, but only the whole text can be a staff account's name.
        const author = stripLabel(shown);
        const postedAt = readPostTime(safeOne(el, sel.time), at);
        // Without an id from the page: author and words only; a shown time such as 3 小时前 changes between loads.
        const pid = pageGivenId(el) ?? shortHash(`${author}|${postText(bodyEl).slice(0, 120)}`);
        const permalink = el.id ? `${pageUrl}#${el.id}` : pageUrl;
        return { key: postKey(host, tid, pid), site: host, tid, pid, floor: null, order: null, author, authorShown: shown, authorUid: null, postedAt, bodyEl, containerEl: el, permalink };
      });
    },
    ownTextExclude: OWN_UI_SELECTOR,
    postText: (post) => postText(post.bodyEl),
    threadListRows: () => [],
    replyEditors(doc): ReplyEditor[] {
      const tid = genericThreadId(doc.URL);
      return safeAll(doc, sel.replyBox).flatMap((box) => {
        const editor = editorIn(box);
        return editor ? [{ kind: editor.kind, el: editor.el, anchorEl: editor.el, tid }] : [];
      });
    },
    liveRegions: (doc) => [...new Set(safeAll(doc, sel.post).flatMap((el) => (el.parentElement ? [el.parentElement] : [])))],
  };
}
