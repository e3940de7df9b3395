import type { ReplyEditor } from '@/utils/sites/types';

/**
 * A contenteditable reply box in the page loses its caret when the user types
 * into the helper's fields; this remembers it and puts it back before inserting.
 * Textareas and iframe editors keep their own selection.
 */
export function rememberCaret(editor: ReplyEditor): () => void {
  if (editor.kind !== 'contenteditable') return () => undefined;
  const selection = editor.el.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  if (!range || !editor.el.contains(range.startContainer)) return () => undefined;
  return () => {
    const current = editor.el.ownerDocument.getSelection();
    current?.removeAllRanges();
    current?.addRange(range);
  };
}
