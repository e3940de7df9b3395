// The one interface every site adapter implements. Adapters read the page;
// they never change it (the content script does the marking).

export type PageKind = 'thread' | 'list' | 'reply' | 'other';

export interface PostInfo {
  /** `<site>/t<tid>/p<pid>`: stable across reloads and pages. */
  key: string;
  site: string;
  tid: string;
  pid: string;
  /** 1 = first post of the thread; null when the page does not show it. */
  floor: number | null;
  /**
   * Where the post stands in its thread, on any of its pages: a later post has a larger number.
   * Null when the site gives none (generic pages): posts then keep the order the page shows, or their times.
   */
  order: number | null;
  author: string;
  /** The author as the page shows it, where `author` may leave a label out for display (staff identity compares this). */
  authorShown?: string;
  authorUid: string | null;
  /** ISO 8601 with +08:00, or null when the page shows no time. */
  postedAt: string | null;
  /** The element holding the post's own text (quotes and edit notices inside it are excluded by `postText`). */
  bodyEl: HTMLElement;
  /** The element that carries the `data-fw-*` attributes and the capture control. */
  containerEl: HTMLElement;
  permalink: string;
}

export interface ThreadInfo {
  site: string;
  tid: string;
  title: string;
  url: string;
  page: number;
}

export interface ThreadListRow {
  site: string;
  tid: string;
  title: string;
  titleEl: HTMLElement;
  rowEl: HTMLElement;
  url: string;
}

export type ReplyEditorKind = 'textarea' | 'contenteditable' | 'iframe';

export interface ReplyEditor {
  kind: ReplyEditorKind;
  /** textarea, contenteditable element, or the iframe whose body is editable. */
  el: HTMLElement;
  /** Where the reply helper control goes (inserted after this element). */
  anchorEl: HTMLElement;
  /** Thread the reply goes to, when known. */
  tid: string | null;
}

/** The post a reply form quotes, as the form carries it (parsed by the reply helper). */
export interface ReplyQuote {
  /** Quote markup kept in the form (Discuz: the `[quote]…[/quote]` BBCode). */
  code: string | null;
  /** The quote header shown above the editor (`作者 发表于 时间`) and its link. */
  headerText: string | null;
  headerHref: string | null;
  pid: string | null;
}

export interface SiteAdapter {
  id: string;
  detect(doc: Document): boolean;
  pageKind(doc: Document): PageKind;
  threadInfo(doc: Document): ThreadInfo | null;
  /** Posts at or under each of `roots` (the whole document by default), in the roots' order. */
  posts(doc: Document, roots?: readonly ParentNode[]): PostInfo[];
  /** Selector of the parts of a post body that are not the post's own words (quotes, edit notices, attachment widgets). */
  ownTextExclude?: string;
  /** The post's own text: body without quotes, edit notices, attachment widgets; whitespace collapsed. */
  postText(post: PostInfo): string;
  /** The id of the post this post quotes, when the site has quotes. */
  quotedPid?(post: PostInfo): string | null;
  threadListRows(doc: Document): ThreadListRow[];
  replyEditors(doc: Document): ReplyEditor[];
  /** The post quoted by the reply form of this editor, when the site has quote replies. */
  replyQuote?(editor: ReplyEditor): ReplyQuote | null;
  /** Whether this address should show posts or a thread list: a page there showing neither has markup the adapter does not know. */
  expectsContent?(url: string): boolean;
  /** The thread's last page when this page is not it (sites with paged threads). */
  lastPageUrl?(doc: Document): string | null;
  /** Elements into which new posts get appended later (AJAX replies, auto-load). */
  liveRegions(doc: Document): HTMLElement[];
}

export function postKey(site: string, tid: string, pid: string): string {
  return `${site}/t${tid}/p${pid}`;
}
