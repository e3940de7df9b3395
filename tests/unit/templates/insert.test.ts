import { afterEach, describe, expect, test, vi } from 'vitest';
import { insertIntoEditor, isComposing, trackComposition } from '@/utils/templates/insert';
import type { ReplyEditor, ReplyEditorKind } from '@/utils/sites/types';

const editorOf = (kind: ReplyEditorKind, el: HTMLElement): ReplyEditor => ({ kind, el, anchorEl: el, tid: '42' });

function collectInputs(target: EventTarget): InputEvent[] {
  const events: InputEvent[] = [];
  target.addEventListener('input', (e) => events.push(e as InputEvent));
  return events;
}

function placeCaret(doc: Document, node: Node, offset: number): void {
  const range = doc.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  delete (document as { execCommand?: unknown }).execCommand;
});

describe('textarea', () => {
  function textarea(value: string): HTMLTextAreaElement {
    const el = document.createElement('textarea');
    el.value = value;
    document.body.append(el);
    return el;
  }

  test('inserts at the caret, moves the caret after the text and fires input', () => {
    const el = textarea('楼主说得对。再补充：');
    const inputs = collectInputs(el);
    el.setSelectionRange(6, 6);
    expect(insertIntoEditor(editorOf('textarea', el), '感谢关注！\n马上处理。')).toEqual({ ok: true });
    expect(el.value).toBe('楼主说得对。感谢关注！\n马上处理。再补充：');
    expect(el.selectionStart).toBe(6 + 11);
    expect(el.selectionEnd).toBe(6 + 11);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.bubbles).toBe(true);
    expect(inputs[0]?.data).toBe('感谢关注！\n马上处理。');
    expect(document.activeElement).toBe(el);
  });

  test('replaces the selected text', () => {
    const el = textarea('请联系XX科');
    el.setSelectionRange(3, 6);
    insertIntoEditor(editorOf('textarea', el), '市政所');
    expect(el.value).toBe('请联系市政所');
    expect(el.selectionStart).toBe(6);
  });

  test('goes through execCommand when the browser has it (undo history), without inserting twice', () => {
    const el = textarea('ab');
    el.setSelectionRange(1, 1);
    const inputs = collectInputs(el);
    const execCommand = vi.fn((command: string, _ui: boolean, value: string) => {
      const field = document.activeElement as HTMLTextAreaElement;
      const start = field.selectionStart;
      field.value = field.value.slice(0, start) + value + field.value.slice(field.selectionEnd);
      field.setSelectionRange(start + value.length, start + value.length);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
      return command === 'insertText';
    });
    Object.assign(document, { execCommand });
    insertIntoEditor(editorOf('textarea', el), 'XY');
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'XY');
    expect(el.value).toBe('aXYb');
    expect(inputs).toHaveLength(1);
  });

  test('Windows line breaks become plain newlines', () => {
    const el = textarea('');
    insertIntoEditor(editorOf('textarea', el), '第一段\r\n第二段');
    expect(el.value).toBe('第一段\n第二段');
  });

  test('refuses a read-only reply box and an empty text', () => {
    const el = textarea('原文');
    el.readOnly = true;
    const refused = insertIntoEditor(editorOf('textarea', el), '感谢');
    expect(refused.ok).toBe(false);
    expect(refused.reason).toMatch(/只读/);
    expect(el.value).toBe('原文');
    el.readOnly = false;
    expect(insertIntoEditor(editorOf('textarea', el), '').ok).toBe(false);
  });
});

describe('contenteditable element', () => {
  function editable(text: string): HTMLDivElement {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    el.textContent = text;
    document.body.append(el);
    return el;
  }

  test('inserts text nodes and <br> at the caret, caret after the text, input fired', () => {
    const el = editable('您好。此致');
    placeCaret(document, el.firstChild!, 3);
    const inputs = collectInputs(el);
    expect(insertIntoEditor(editorOf('contenteditable', el), '第一段\n第二段')).toEqual({ ok: true });
    expect(el.innerHTML).toBe('您好。第一段<br>第二段此致');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.data).toBe('第一段\n第二段');
    const caret = document.getSelection()!.getRangeAt(0);
    expect(caret.collapsed).toBe(true);
    expect(caret.startContainer).toBe(el);
    expect(el.childNodes[caret.startOffset - 1]?.textContent).toBe('第二段');
  });

  test('markup in the text stays text', () => {
    const el = editable('');
    insertIntoEditor(editorOf('contenteditable', el), '<img src=x onerror=alert(1)>');
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('appends at the end when the selection is elsewhere on the page', () => {
    const outside = document.createElement('p');
    outside.textContent = '页面上别处的文字';
    document.body.append(outside);
    const el = editable('原有内容');
    placeCaret(document, outside.firstChild!, 2);
    insertIntoEditor(editorOf('contenteditable', el), '新内容');
    expect(el.textContent).toBe('原有内容新内容');
    expect(outside.textContent).toBe('页面上别处的文字');
  });

  test('replaces a selected range', () => {
    const el = editable('请联系XX科，谢谢');
    const range = document.createRange();
    range.setStart(el.firstChild!, 3);
    range.setEnd(el.firstChild!, 6);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    insertIntoEditor(editorOf('contenteditable', el), '市政所');
    expect(el.textContent).toBe('请联系市政所，谢谢');
  });

  test('uses execCommand when it works and falls back when it reports failure', () => {
    const el = editable('');
    const working = vi.fn(() => true);
    Object.assign(document, { execCommand: working });
    insertIntoEditor(editorOf('contenteditable', el), '甲');
    expect(working).toHaveBeenCalledWith('insertText', false, '甲');
    expect(el.textContent).toBe(''); // the stub inserted nothing, and nothing was inserted twice

    Object.assign(document, { execCommand: vi.fn(() => false) });
    insertIntoEditor(editorOf('contenteditable', el), '乙');
    expect(el.textContent).toBe('乙');
  });

  test('refuses an element that is not editable', () => {
    const el = editable('x');
    el.contentEditable = 'false';
    expect(insertIntoEditor(editorOf('contenteditable', el), '感谢').ok).toBe(false);
  });
});

describe('iframe editor', () => {
  function frame(bodyAttrs = 'contenteditable="true"', html = '<p>网友您好</p>'): HTMLIFrameElement {
    const el = document.createElement('iframe');
    el.srcdoc = `<html><body ${bodyAttrs}>${html}</body></html>`;
    document.body.append(el);
    return el;
  }

  test("inserts at the caret inside the frame's document, with <br> for newlines, and fires input there", () => {
    const el = frame();
    const doc = el.contentDocument!;
    const p = doc.querySelector('p')!;
    placeCaret(doc, p.firstChild!, 2);
    const inputs = collectInputs(doc.body);
    expect(insertIntoEditor(editorOf('iframe', el), '，感谢关注\n电话：0580-4475678')).toEqual({ ok: true });
    expect(p.innerHTML).toBe('网友，感谢关注<br>电话：0580-4475678您好');
    expect(inputs).toHaveLength(1);
    expect(document.body.querySelector('br')).toBeNull();
  });

  test('appends to the body when the frame has no caret yet', () => {
    const el = frame('contenteditable="true"', '');
    insertIntoEditor(editorOf('iframe', el), '感谢关注');
    expect(el.contentDocument!.body.textContent).toBe('感谢关注');
  });

  test('refuses a frame whose body is not editable (source mode) or that has no document', () => {
    const readOnly = frame('');
    const refused = insertIntoEditor(editorOf('iframe', readOnly), '感谢');
    expect(refused.ok).toBe(false);
    expect(refused.reason).toMatch(/不能输入/);
    expect(readOnly.contentDocument!.body.textContent).toBe('网友您好');

    const detached = document.createElement('iframe');
    expect(insertIntoEditor(editorOf('iframe', detached), '感谢')).toMatchObject({ ok: false, reason: expect.stringMatching(/加载/) });
  });
});

describe('input-method composition', () => {
  test('a textarea refuses insertion while composing and accepts it after', () => {
    const el = document.createElement('textarea');
    document.body.append(el);
    trackComposition(el);
    el.dispatchEvent(new Event('compositionstart'));
    expect(isComposing(el)).toBe(true);
    const refused = insertIntoEditor(editorOf('textarea', el), '感谢');
    expect(refused.ok).toBe(false);
    expect(refused.reason).toMatch(/输入法/);
    expect(el.value).toBe('');

    el.dispatchEvent(new Event('compositionend'));
    expect(insertIntoEditor(editorOf('textarea', el), '感谢').ok).toBe(true);
    expect(el.value).toBe('感谢');
  });

  test("an iframe editor is watched through the frame's document", () => {
    const el = document.createElement('iframe');
    el.srcdoc = '<body contenteditable="true"></body>';
    document.body.append(el);
    const stop = trackComposition(el);
    el.contentDocument!.body.dispatchEvent(new Event('compositionstart', { bubbles: true }));
    expect(isComposing(el)).toBe(true);
    expect(insertIntoEditor(editorOf('iframe', el), '感谢').ok).toBe(false);
    stop();
    expect(isComposing(el)).toBe(false);
  });

  test('after stopping, composition is no longer tracked', () => {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    document.body.append(el);
    const stop = trackComposition(el);
    stop();
    el.dispatchEvent(new Event('compositionstart'));
    expect(isComposing(el)).toBe(false);
  });
});
