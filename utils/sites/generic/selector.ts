// CSS selectors for an element the user pointed at: stable ids and classes
// first, positions only as a last resort, never our own marks and controls.
import { safeAll } from './query';
import { OWN_UI_SELECTOR } from '../../own-ui';

const IDENT = /^-?[A-Za-z_][\w-]*$/;
// State and framework classes change while the page is used or rebuilt.
const UNSTABLE_CLASS =
  /^(?:fw-|is-|has-|js-|ng-|v-|css-|sc-|jsx-|svelte-|emotion-)|^(?:active|hover|focus|focused|selected|current|open|opened|show|shown|hidden|visible|on|odd|even|first|last|clearfix|cf)$/i;
const INLINE_TAGS = new Set(['b', 'i', 'em', 'strong', 'u', 's', 'font', 'small', 'big', 'mark', 'br', 'img', 'sup', 'sub']);
const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], iframe';

const tagOf = (el: Element) => el.localName;

function stableClasses(el: Element): string[] {
  return [...el.classList].filter((c) => IDENT.test(c) && !UNSTABLE_CLASS.test(c) && !/\d{3,}/.test(c) && !(/\d/.test(c) && /[A-Z]/.test(c)));
}

/** Ids with digits usually number one item (`c12`, `pid70`) and are not shared by the next page. */
const stableId = (el: Element) => (el.id && IDENT.test(el.id) && !/\d/.test(el.id) ? el.id : null);

/** The page's own element at this point: outside our capture bar and highlight marks. */
export function pageElement(el: Element): Element {
  let node = el.closest(OWN_UI_SELECTOR)?.parentElement ?? el;
  while (node.matches('mark[data-fw-hit]') && node.parentElement) node = node.parentElement;
  return node;
}

/** Simple selectors for one element, most robust first. */
function ownCandidates(el: Element): string[] {
  const out: string[] = [];
  const id = stableId(el);
  if (id) out.push(`#${id}`);
  const tag = tagOf(el);
  const classes = stableClasses(el);
  for (const c of classes) out.push(`.${c}`);
  for (const c of classes) out.push(`${tag}.${c}`);
  if (classes.length > 1) out.push(`${tag}.${classes.join('.')}`);
  const name = el.getAttribute('name');
  if (name && IDENT.test(name) && /^(textarea|input|iframe)$/.test(tag)) out.push(`${tag}[name="${name}"]`);
  out.push(tag);
  return out;
}

function indexOfType(el: Element): number {
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (tagOf(s) === tagOf(el)) n++;
  return n;
}

/** One step of a child path, numbered only when siblings look the same. */
function pathStep(el: Element): string {
  const id = stableId(el);
  if (id) return `#${id}`;
  const classes = stableClasses(el);
  const base = classes.length ? `${tagOf(el)}.${classes.join('.')}` : tagOf(el);
  const twins = el.parentElement ? [...el.parentElement.children].filter((s) => s.matches(base)).length : 1;
  return twins > 1 ? `${base}:nth-of-type(${indexOfType(el)})` : base;
}

function selectsOnly(root: ParentNode, selector: string, target: Element): boolean {
  const found = safeAll(root, selector);
  return found.length === 1 && found[0] === target;
}

/** A selector that finds exactly `target` in the document. */
export function uniqueSelector(target: Element): string {
  const doc = target.ownerDocument;
  const own = ownCandidates(target);
  for (const cand of own) if (selectsOnly(doc, cand, target)) return cand;
  let path = pathStep(target);
  for (let node = target.parentElement; node; node = node.parentElement) {
    for (const anc of ownCandidates(node).filter((c) => c !== tagOf(node))) {
      for (const cand of [...own.map((o) => `${anc} ${o}`), `${anc} > ${path}`]) {
        if (selectsOnly(doc, cand, target)) return cand;
      }
    }
    if (node === doc.documentElement) break;
    path = `${pathStep(node)} > ${path}`;
  }
  return path;
}

/** Climbs out of inline formatting (`<b>`, `<font>` …) that carries no class of its own. */
function meaningful(el: Element, stop: Element | null): Element {
  let node = el;
  while (INLINE_TAGS.has(tagOf(node)) && !stableClasses(node).length && node.parentElement && node.parentElement !== stop) node = node.parentElement;
  return node;
}

/** Siblings of `el` (itself included) that look like it: same tag and, when it has classes, one of them. */
function lookAlikes(el: Element): Element[] {
  const classes = stableClasses(el);
  const siblings = el.parentElement ? [...el.parentElement.children] : [el];
  return siblings.filter((s) => tagOf(s) === tagOf(el) && (!classes.length || classes.some((c) => s.classList.contains(c))));
}

/** The nearest ancestor (or the element) that repeats like a post does: look-alike siblings, and some inner structure. */
export function repeatedItem(el: Element): Element | null {
  const body = el.ownerDocument.body;
  for (let node: Element | null = pageElement(el); node && node !== body; node = node.parentElement) {
    if (node.children.length >= 2 && lookAlikes(node).length >= 2) return node;
  }
  return null;
}

function sameSet(a: Element[], b: Element[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A selector for `item` and the siblings that look like it: every post of the list. */
export function postSelector(item: Element): string {
  const doc = item.ownerDocument;
  const group = lookAlikes(item);
  const shared = stableClasses(item).filter((c) => group.every((g) => g.classList.contains(c)));
  const token = shared.length ? `${tagOf(item)}.${shared.join('.')}` : tagOf(item);
  const plain = shared.length ? [`.${shared.join('.')}`, token] : [];
  for (const cand of plain) if (sameSet(safeAll(doc, cand), group)) return cand;
  return item.parentElement ? `${uniqueSelector(item.parentElement)} > ${token}` : token;
}

/** A selector read inside each post (author, time, body) that finds `el` first in its post and in as many other posts as can be. */
export function fieldSelector(el: Element, post: Element, postSel: string): string {
  const target = meaningful(pageElement(el), post);
  const doc = target.ownerDocument;
  const posts = safeAll(doc, postSel);
  const candidates = ownCandidates(target).filter((c) => !c.startsWith('#'));
  const path: string[] = [];
  for (let node: Element | null = target; node && node !== post; node = node.parentElement) path.unshift(pathStep(node));
  candidates.push(path.join(' > '));
  const firstInPost = candidates.filter((c) => safeAll(post, c)[0] === target);
  const coverage = (c: string) => posts.filter((p) => safeAll(p, c).length > 0).length;
  const best = Math.max(0, ...firstInPost.map(coverage));
  return firstInPost.find((c) => coverage(c) === best) ?? path.join(' > ');
}

/** A selector for the page's title element. */
export function titleSelector(el: Element): string {
  return uniqueSelector(meaningful(pageElement(el), null));
}

/** A selector for the reply box: every editable element like the one pointed at. */
export function replyBoxSelector(el: Element): string {
  const target = pageElement(el).closest(EDITABLE) ?? pageElement(el);
  const doc = target.ownerDocument;
  for (const cand of ownCandidates(target)) {
    const found = safeAll(doc, cand);
    if (found.some((f) => f === target) && found.every((f) => f.matches(EDITABLE))) return cand;
  }
  return uniqueSelector(target);
}
