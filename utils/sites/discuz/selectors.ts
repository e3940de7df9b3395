// Every CSS selector the Discuz! X adapter relies on (X3.5 default template,
// desktop and touch views). When a forum's markup differs, this is the one
// place to look.

// Detection
export const GENERATOR_META = 'meta[name="generator"]';
export const HEAD_SCRIPTS = 'head script:not([src])';
export const FOOTER_POWERED_LINK = 'a[href*="discuz.vip"], a[href*="discuz.net"], a[href*="discuz.com"]';
export const TOUCH_STYLESHEET = 'link[href*="static/image/mobile/"]';
export const CANONICAL_LINK = 'link[rel="canonical"]';

// Desktop thread page
export const DESKTOP_POST_LIST = '#postlist';
export const DESKTOP_AJAX_REPLY_LIST = '#postlistreply';
/**
 * Candidates; only ids of the form `pid{pid}` are posts. As served, a post's
 * table sits in `div#post_{pid}`; a reply posted by AJAX sits in the former
 * `div#post_new` of `#postlistreply`, whose id the forum's script blanks.
 */
export const DESKTOP_POST_TABLE = 'table[id^="pid"]';
export const desktopPostWrapperId = (pid: string) => `post_${pid}`;
export const DESKTOP_THREAD_SUBJECT = '#thread_subject';
export const desktopAuthorLink = (pid: string) => `#favatar${pid} .authi a.xw1`;
export const desktopAuthorBlock = (pid: string) => `#favatar${pid} .authi`;
export const desktopFloorLink = (pid: string) => `#postnum${pid}`;
export const desktopPostedAt = (pid: string) => `#authorposton${pid}`;
export const desktopBody = (pid: string) => `#postmessage_${pid}`;
/** Body of a post whose message is hidden (banned author, moderated). */
export const DESKTOP_BODY_FALLBACK = '.pct .pcb';
export const EXACT_TIME_SPAN = 'span[title]';

// Touch thread page
export const TOUCH_THREAD_TITLE = 'div.view_tit';
export const TOUCH_THREAD_TYPE = 'em';
export const TOUCH_POST_CONTAINER = 'div.viewthread';
/** Candidates; only ids of the form `pid{pid}` are posts. */
export const TOUCH_POST_CANDIDATE = 'div.plc[id^="pid"]';
export const TOUCH_AUTHOR_LINK = 'li.mtit span.z a';
export const TOUCH_AUTHOR_BLOCK = 'li.mtit span.z';
export const TOUCH_FLOOR = 'li.mtit span.y';
export const TOUCH_POSTED_AT = 'li.mtime';
export const TOUCH_BODY = 'div.message';

// Post text: parts of a body that are not the post's own words. Attachment
// widgets (`<ignore_js_op>`) are covered by their text-bearing parts: the
// selector stays valid in DOMs that reject that custom tag name.
export const BODY_EXCLUDED = [
  'div.quote',
  'i.pstatus',
  'div.tip',
  '.aimg_tip',
  'span[id^="attach_"]',
  'dl.tattl',
  '.attach_nopermission',
  'script',
  'style',
].join(', ');

// Thread lists
export const THREAD_LIST_TABLE = '#threadlisttableid';
export const DESKTOP_LIST_ROW = 'tbody[id^="normalthread_"], tbody[id^="stickthread_"]';
export const DESKTOP_LIST_TITLE = 'th a.xst';
export const SEARCH_RESULT_ROW = 'li.pbw';
export const SEARCH_RESULT_TITLE = 'h3 a';
export const TOUCH_LIST = 'div.threadlist';
export const TOUCH_LIST_ROW = 'div.threadlist li.list, div.threadlist li.list_top';
export const TOUCH_LIST_THREAD_LINK = 'a[href*="mod=viewthread"]';
export const TOUCH_LIST_TITLE = 'div.threadlist_tit em, a > em';

// Reply editors
export const QUICK_REPLY_TEXTAREA = 'form#fastpostform textarea#fastpostmessage';
/** A board list's 快速发帖 box is `form#fastpostform` too, but it starts a new thread: no reply. */
export const NEW_THREAD_FORM = 'form[action*="?action=newthread"], form[action*="&action=newthread"]';
export const FLOAT_REPLY_TEXTAREA = 'form#postform textarea#postmessage';
export const ADVANCED_EDITOR_TEXTAREA = 'form#postform textarea#e_textarea';
export const ADVANCED_EDITOR_IFRAME = 'iframe#e_iframe';
export const TOUCH_REPLY_TEXTAREA = 'form#postform textarea[name="message"]';
export const EDITOR_AREA = 'div.area';
export const REPLY_SUBJECT_DESKTOP = '#subjecthide';
export const REPLY_SUBJECT_TOUCH = 'form#postform li.mtext';

// Pagination
export const PAGER = 'div.pg';
export const PAGER_CURRENT = 'strong';
export const PAGER_TOTAL = 'label span[title]';

// The quoted post of a reply form (引用回复): the hidden BBCode, the quote shown above the editor, the quoted post id.
export const REPLY_QUOTE_CODE = 'input[name="noticetrimstr"]';
export const REPLY_QUOTE_HEADER_LINK = '.quote a[href*="findpost"]';
export const REPLY_QUOTE_PID = 'input[name="reppid"]';
/** A quoted post inside a post (`<div class="quote"><blockquote>`), linked to it by `goto=findpost&pid=…`. */
export const POST_QUOTE_LINK = 'div.quote blockquote a[href*="findpost"]';
/** Any link that names a thread (used to find the thread id when the address does not). */
export const THREAD_LINK = 'a[href*="tid="]';
/** Page-number links inside a pager. */
export const PAGER_LINK = 'a';

// Pages fetched by the background watch
/** The message of Discuz's showmessage page (login required, no permission, thread deleted…). */
export const SHOWMESSAGE_TEXT = '#messagetext';
/** The login page's own form (every guest page also has the small `form#lsform` in its header). */
export const LOGIN_PAGE_FORM = 'form[name="login"]';
/** The pager's jump to the last page (`... 12`), shown when the pager leaves pages out. */
export const PAGER_LAST = 'a.last';
