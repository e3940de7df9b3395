// Everything the extension adds to a forum page lives in closed shadow roots: the page's own
// scripts (the operator's, ads, analytics) can neither read it nor press its buttons.
import { OWN_UI_ATTR } from '@/utils/own-ui';

/** Events that carry what is typed into our UI; they stop at our shadow root instead of bubbling into the page. */
const TYPING_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'compositionstart', 'compositionend', 'paste', 'copy', 'cut'];

export interface ClosedUi {
  /** The element placed in the page: only it (and the hooks on it) is visible to the page. */
  host: HTMLElement;
  root: ShadowRoot;
}

/** A host element with a closed shadow root holding its own fixed stylesheet (no page text in it). */
export function closedUi(doc: Document, tag: 'div' | 'span', kind: string, css: string, hostAttrs: Record<string, string> = {}): ClosedUi {
  const host = doc.createElement(tag);
  // The page's own rules (`form span {display:block}` …) must not reshape the host: its box is what gets clicked.
  host.style.cssText = `all:initial;display:${tag === 'span' ? 'inline-block' : 'block'};justify-self:start;align-self:center`;
  host.setAttribute(OWN_UI_ATTR, kind);
  for (const [name, value] of Object.entries(hostAttrs)) host.setAttribute(name, value);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  for (const type of TYPING_EVENTS) root.addEventListener(type, (ev) => ev.stopPropagation());
  return { host, root };
}

/**
 * Runs `action` on a click by the user. A click a script made (`el.click()`, dispatched events) is
 * ignored: `isTrusted` is false for those.
 */
export function onUserClick(el: HTMLElement, action: () => void): void {
  el.addEventListener('click', (ev) => {
    ev.preventDefault();
    ev.stopPropagation();
    if (ev.isTrusted) action();
  });
}
