// Reply boxes on Discuz! X pages:
// - quick reply under a thread (members only): a plain textarea (the same box
//   on a board list posts a new thread, so it is left out);
// - the floating reply window (回复 button): `form#postform` with `textarea#postmessage`;
// - the advanced editor (reply page, 高级模式): `textarea#e_textarea`, which the
//   forum's editor script hides behind `iframe#e_iframe` (editable body) in WYSIWYG mode;
// - the touch reply page: `form#postform textarea[name=message]`.
import type { ReplyEditor } from '../types';
import {
  ADVANCED_EDITOR_IFRAME,
  ADVANCED_EDITOR_TEXTAREA,
  EDITOR_AREA,
  FLOAT_REPLY_TEXTAREA,
  NEW_THREAD_FORM,
  QUICK_REPLY_TEXTAREA,
  TOUCH_REPLY_TEXTAREA,
} from './selectors';
import { threadTid } from './thread-info';
import { tidFromHref } from './url';

const EDITOR_TEXTAREAS = [QUICK_REPLY_TEXTAREA, FLOAT_REPLY_TEXTAREA, ADVANCED_EDITOR_TEXTAREA, TOUCH_REPLY_TEXTAREA];

function isHidden(el: HTMLElement): boolean {
  if (el.hidden || el.style.display === 'none') return true;
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el).display === 'none' : false;
}

/** The WYSIWYG iframe when it is the visible editing surface for this textarea. */
function visibleIframe(textarea: HTMLElement): HTMLElement | null {
  if (!textarea.matches(ADVANCED_EDITOR_TEXTAREA)) return null;
  const iframe = textarea.ownerDocument.querySelector<HTMLElement>(ADVANCED_EDITOR_IFRAME);
  return iframe && isHidden(textarea) && !isHidden(iframe) ? iframe : null;
}

function editorFor(textarea: HTMLTextAreaElement, pageTid: string | null): ReplyEditor {
  const iframe = visibleIframe(textarea);
  const el = iframe ?? textarea;
  const action = textarea.form?.getAttribute('action');
  return {
    kind: iframe ? 'iframe' : 'textarea',
    el,
    // After the editing area, inside the editor box; the touch page has no such wrapper.
    anchorEl: el.closest<HTMLElement>(EDITOR_AREA) ?? el,
    tid: tidFromHref(action) ?? pageTid,
  };
}

export function replyEditors(doc: Document): ReplyEditor[] {
  const seen = new Set<Element>();
  const editors: ReplyEditor[] = [];
  const pageTid = threadTid(doc);
  for (const selector of EDITOR_TEXTAREAS) {
    for (const textarea of Array.from(doc.querySelectorAll<HTMLTextAreaElement>(selector))) {
      if (seen.has(textarea) || textarea.form?.matches(NEW_THREAD_FORM)) continue;
      seen.add(textarea);
      editors.push(editorFor(textarea, pageTid));
    }
  }
  return editors;
}
