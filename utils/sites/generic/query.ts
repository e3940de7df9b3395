// Queries with user-written selectors: a broken selector finds nothing instead of throwing.
import { errorText } from '../../error-text';

export function safeAll(root: ParentNode, selector: string): HTMLElement[] {
  if (!selector.trim()) return [];
  try {
    return [...root.querySelectorAll<HTMLElement>(selector)];
  } catch {
    return [];
  }
}

export function safeOne(root: ParentNode, selector: string): HTMLElement | null {
  if (!selector.trim()) return null;
  try {
    return root.querySelector<HTMLElement>(selector);
  } catch {
    return null;
  }
}

export function safeMatches(el: Element, selector: string): boolean {
  if (!selector.trim()) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Null when the selector is valid CSS, else the parser's complaint. Without a
 * DOM (the service worker) selectors cannot be checked and pass.
 */
export function selectorError(selector: string, doc: Document | undefined = globalThis.document): string | null {
  if (!doc) return null;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return null;
  } catch (err) {
    return errorText(err);
  }
}
