// Reading text out of page elements, leaving out what the extension itself added.
import { collapseWhitespace } from '../../collapse-whitespace';

/** Text of `el` without the parts matching `exclude`, whitespace collapsed. */
export function textWithout(el: Element, exclude: string): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(exclude) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
  }
  return collapseWhitespace(parts.join(''));
}

/** A value shown after a short label, e.g. `留言人：李先生` → `李先生`. */
export function stripLabel(text: string): string {
  return text.replace(/^[^：:\s]{1,6}[：:]\s*/, '');
}
