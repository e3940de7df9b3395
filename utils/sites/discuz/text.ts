import { BODY_EXCLUDED } from './selectors';
import { collapseWhitespace } from '../../collapse-whitespace';

/**
 * The post's own words: the body's text without quoted posts, the edit
 * notice and attachment widgets. Reads the DOM without changing it.
 */
export function ownText(body: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'BR') parts.push(' ');
        else if (!el.matches(BODY_EXCLUDED)) walk(el);
      }
    }
  };
  walk(body);
  return collapseWhitespace(parts.join(''));
}

/** Text of the element's own text nodes only (not of its child elements). */
export function directText(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
  }
  return collapseWhitespace(text);
}

/** Element check that also works across windows (no `instanceof`). */
export function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}
