// Puts reply text into a forum's reply box at the caret, the way typing would:
// through the browser's editing command (so Ctrl+Z undoes it and the page sees
// its usual `input` event), with a plain DOM fallback where that command is
// missing. Text is only ever inserted as text nodes, never parsed as HTML.
import { insertTextIntoField } from 'text-field-edit';
import type { ReplyEditor } from '../sites/types';

export interface InsertResult {
  ok: boolean;
  /** Why nothing was inserted, for the user. */
  reason?: string;
}

const composing = new WeakSet<HTMLElement>();

/** Whether an input-method composition is under way in an element watched by `trackComposition`. */
export function isComposing(el: HTMLElement): boolean {
  return composing.has(el);
}

/**
 * Watches input-method composition in a reply editor (for an iframe editor: in
 * its document, re-attached when the frame reloads). Returns a function that
 * stops watching.
 */
export function trackComposition(el: HTMLElement): () => void {
  const onStart = () => composing.add(el);
  const onEnd = () => composing.delete(el);
  let target: EventTarget | null = null;
  const attach = (next: EventTarget | null) => {
    target?.removeEventListener('compositionstart', onStart, true);
    target?.removeEventListener('compositionend', onEnd, true);
    composing.delete(el);
    target = next;
    target?.addEventListener('compositionstart', onStart, true);
    target?.addEventListener('compositionend', onEnd, true);
  };
  if (el.tagName === 'IFRAME') {
    const frame = el as HTMLIFrameElement;
    const onLoad = () => attach(frameDocument(frame));
    onLoad();
    frame.addEventListener('load', onLoad);
    return () => {
      frame.removeEventListener('load', onLoad);
      attach(null);
    };
  }
  attach(el);
  return () => attach(null);
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null; // cross-origin frame
  }
}

function fireInput(target: HTMLElement, text: string): void {
  const view = target.ownerDocument.defaultView;
  const Ctor = view?.InputEvent ?? InputEvent;
  target.dispatchEvent(new Ctor('input', { bubbles: true, inputType: 'insertText', data: text }));
}

function insertIntoTextarea(field: HTMLTextAreaElement, text: string): InsertResult {
  if (field.disabled || field.readOnly) return { ok: false, reason: '回复框现在不能输入（只读或已禁用）。' };
  const { value, selectionStart, selectionEnd } = field;
  field.focus();
  try {
    insertTextIntoField(field, text);
  } catch {
    // No document.execCommand here: the fallback below does the work.
  }
  if (field.value === value) {
    const start = selectionStart ?? value.length;
    const end = selectionEnd ?? start;
    field.value = value.slice(0, start) + text + value.slice(end);
    const caret = start + text.length;
    field.setSelectionRange(caret, caret);
    fireInput(field, text);
  }
  return { ok: true };
}

/** The selection inside `root` if there is one, otherwise the end of `root`. */
function caretRange(root: HTMLElement): Range {
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (root.contains(range.startContainer) && root.contains(range.endContainer)) return range.cloneRange();
  }
  const range = doc.createRange();
  range.selectNodeContents(root);
  range.collapse(false);
  return range;
}

function insertNodes(root: HTMLElement, range: Range, text: string): void {
  const doc = root.ownerDocument;
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  fireInput(root, text);
}

/**
 * An empty editor's placeholder (Discuz's WYSIWYG body starts as `<p></p>`):
 * typing replaces it, so inserting must too, or the post gains blank lines.
 */
function dropEmptyPlaceholder(root: HTMLElement): void {
  if (root.firstChild && root.textContent === '' && !root.querySelector(':not(p):not(br)')) root.replaceChildren();
}

function insertIntoEditable(root: HTMLElement, text: string): InsertResult {
  const doc = root.ownerDocument;
  dropEmptyPlaceholder(root);
  const range = caretRange(root);
  // Focusing can move the caret, so the remembered range is put back afterwards.
  doc.defaultView?.focus();
  root.focus();
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  let done = false;
  if (typeof doc.execCommand === 'function') {
    try {
      done = doc.execCommand('insertText', false, text);
    } catch {
      done = false;
    }
  }
  if (!done) insertNodes(root, range, text);
  return { ok: true };
}

function editableBody(frame: HTMLIFrameElement): { body: HTMLElement } | { body: null; reason: string } {
  const body = frameDocument(frame)?.body;
  if (!body) return { body: null, reason: '编辑器还没加载好或无法访问，请稍后再试。' };
  if (!body.isContentEditable && body.ownerDocument.designMode !== 'on') {
    return { body: null, reason: '编辑器现在不能输入（可能处在源码模式）。' };
  }
  return { body };
}

/** Inserts `text` at the caret of the reply editor (at its end when it has no caret). */
export function insertIntoEditor(editor: ReplyEditor, text: string): InsertResult {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!normalized) return { ok: false, reason: '没有要插入的内容。' };
  if (isComposing(editor.el)) return { ok: false, reason: '输入法正在输入，请先完成输入再插入模板。' };
  switch (editor.kind) {
    case 'textarea':
      return insertIntoTextarea(editor.el as HTMLTextAreaElement, normalized);
    case 'contenteditable':
      if (!editor.el.isContentEditable) return { ok: false, reason: '回复框现在不能输入。' };
      return insertIntoEditable(editor.el, normalized);
    case 'iframe': {
      const found = editableBody(editor.el as HTMLIFrameElement);
      return found.body ? insertIntoEditable(found.body, normalized) : { ok: false, reason: found.reason };
    }
  }
}
