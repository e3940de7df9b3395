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

export interface ClosedUiOptions {
  /** Attributes on the host, the part the page (and the automation hooks) can see. */
  hostAttrs?: Record<string, string>;
  /** The root holds fields the user types into: what is typed there must not reach the page's listeners. */
  typedInto?: boolean;
}

/**
 * One parsed copy of each of our stylesheets per page, shared by every root that uses it (a page has a
 * bar per post); null once the page's browser would not take a sheet made by the extension's script.
 */
const pageSheets = new WeakMap<Document, Map<string, CSSStyleSheet> | null>();

function adoptShared(doc: Document, root: ShadowRoot, css: string): boolean {
  let byText = pageSheets.get(doc);
  if (byText === undefined) {
    byText = doc.defaultView?.CSSStyleSheet && 'adoptedStyleSheets' in ShadowRoot.prototype ? new Map() : null;
    pageSheets.set(doc, byText);
  }
  if (!byText) return false;
  try {
    let sheet = byText.get(css);
    if (!sheet) {
      sheet = new doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(css);
      byText.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    // A browser that refuses the sheet leaves the list empty (or throws): its roots get their own copies.
    if (root.adoptedStyleSheets.length === 1) return true;
  } catch {
    // As refused.
  }
  pageSheets.set(doc, null);
  return false;
}

function styleRoot(doc: Document, root: ShadowRoot, css: string): void {
  if (adoptShared(doc, root, css)) return;
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
}

/** A host element with a closed shadow root styled by its own fixed stylesheet (no page text in it). */
export function closedUi(doc: Document, tag: 'div' | 'span', kind: string, css: string, { hostAttrs = {}, typedInto = false }: ClosedUiOptions = {}): ClosedUi {
  const host = doc.createElement(tag);
  // The page's own rules (`form span {display:block}` …) must not reshape the host: its box is what gets clicked.
  host.style.cssText = `all:initial;display:${tag === 'span' ? 'inline-block' : 'block'};justify-self:start;align-self:center`;
  host.setAttribute(OWN_UI_ATTR, kind);
  for (const [name, value] of Object.entries(hostAttrs)) host.setAttribute(name, value);
  const root = host.attachShadow({ mode: 'closed' });
  styleRoot(doc, root, css);
  if (typedInto) for (const type of TYPING_EVENTS) root.addEventListener(type, (ev) => ev.stopPropagation());
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
