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

export function button(doc: Document, label: string, attrs: Record<string, string>, onClick: () => void): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', (ev) => {
    ev.preventDefault();
    ev.stopPropagation();
    onClick();
  });
  return b;
}
