import { onUserClick } from '../closed-ui';

/** Creates an element of our own UI. Children given as strings become text nodes, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A button that acts only on the user's own clicks (and Enter or Space on it), never on a script's. */
export function button(doc: Document, label: string, attrs: Record<string, string>, onClick: () => void): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', ...attrs }, label);
  onUserClick(b, onClick);
  return b;
}
