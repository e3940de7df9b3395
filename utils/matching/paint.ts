// Paints hits: with the CSS Custom Highlight API when the browser has it (the
// page's text nodes stay untouched; only an attribute marks the element), else
// by wrapping each piece in <mark data-fw-hit="<topic id>"> with splitText
// (never innerHTML).
import type { CompiledTopic } from './compile';
import { type NodeSpan } from './text-map';
import { OWN_UI_ATTR } from '../own-ui';

export const HIT_ATTR = 'data-fw-hit';
/**
 * Put on an element painted with the Highlight API. The ::highlight rules are
 * scoped to it: an unscoped ::highlight rule makes Chromium resolve highlight
 * styles for every element of the page (≈0.3 s on a 1,000-post thread).
 */
export const HIGHLIGHTED_ATTR = 'data-fw-hl';
export type PaintMode = 'auto' | 'marks';

const DEFAULT_COLOR = '#ffe58f';
const SAFE_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** A topic colour if it is a plain hex colour (the only form put into style text), else the default. */
export function safeColor(color: string): string {
  return SAFE_COLOR.test(color.trim()) ? color.trim() : DEFAULT_COLOR;
}

/** A CSS identifier for a topic's highlight, whatever characters the id has. */
export function highlightName(topicId: string): string {
  return 'fw-' + topicId.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
}

// Nodes the painter inserted, moved or split, so page observers can ignore those mutations.
const ownNodes = new WeakSet<Node>();

/** True when a MutationRecord was caused only by highlighting (marks, split text, the highlight stylesheet). */
export function isOwnMutation(record: MutationRecord): boolean {
  if (record.type === 'attributes') return record.attributeName === HIGHLIGHTED_ATTR;
  if (record.type === 'characterData') return ownNodes.has(record.target);
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => ownNodes.has(n));
}

export interface PaintedHit {
  pieces: NodeSpan[];
  topic: CompiledTopic;
}

/** Undoes one element's painting. */
export type Unpaint = () => void;

interface HighlightRegistryLike {
  get(name: string): { add(r: AbstractRange): unknown; delete(r: AbstractRange): unknown } | undefined;
  set(name: string, h: unknown): unknown;
}

interface HighlightWindow {
  CSS?: { highlights?: HighlightRegistryLike };
  Highlight?: new () => { add(r: AbstractRange): unknown; delete(r: AbstractRange): unknown };
}

function registryOf(doc: Document): { registry: HighlightRegistryLike; Highlight: NonNullable<HighlightWindow['Highlight']> } | null {
  const win = doc.defaultView as unknown as HighlightWindow | null;
  const registry = win?.CSS?.highlights;
  return registry && win?.Highlight ? { registry, Highlight: win.Highlight } : null;
}

export function usesHighlightApi(doc: Document, mode: PaintMode): boolean {
  return mode !== 'marks' && registryOf(doc) !== null;
}

/** The ::highlight rules for the topics, built from validated colours only. */
export function highlightStyleText(topics: readonly CompiledTopic[]): string {
  return topics
    .map((t) => `[${HIGHLIGHTED_ATTR}]::highlight(${highlightName(t.id)}){background-color:${safeColor(t.color)}}`)
    .join('\n');
}

// Adding a stylesheet makes the browser re-check every element's style (≈20 ms
// on a 1,000-post page), so all topics go in at once, ideally at start-up.
const installed = new WeakMap<Document, HTMLStyleElement>();

/** Puts (or updates) the highlight stylesheet in the page; call once at start with all topics. */
export function installHighlightStyles(doc: Document, topics: readonly CompiledTopic[]): void {
  const text = highlightStyleText(topics);
  let el = installed.get(doc);
  if (el?.isConnected && el.textContent === text) return;
  if (!el?.isConnected) {
    el = doc.createElement('style');
    el.setAttribute(OWN_UI_ATTR, 'highlight-style');
    ownNodes.add(el);
    (doc.head ?? doc.documentElement).append(el);
    installed.set(doc, el);
  }
  el.textContent = text;
}

function paintRanges(el: Element, hits: PaintedHit[], topics: readonly CompiledTopic[]): Unpaint {
  const doc = el.ownerDocument;
  const { registry, Highlight } = registryOf(doc)!;
  if (!installed.get(doc)?.isConnected) installHighlightStyles(doc, topics);
  const added: [{ delete(r: AbstractRange): unknown }, Range][] = [];
  for (const { pieces, topic } of hits) {
    const name = highlightName(topic.id);
    let highlight = registry.get(name);
    if (!highlight) {
      highlight = new Highlight();
      registry.set(name, highlight);
    }
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) continue;
    const range = doc.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    highlight.add(range);
    added.push([highlight, range]);
  }
  el.setAttribute(HIGHLIGHTED_ATTR, '');
  return () => {
    for (const [highlight, range] of added) highlight.delete(range);
    el.removeAttribute(HIGHLIGHTED_ATTR);
  };
}

function createMark(doc: Document, topic: CompiledTopic): HTMLElement {
  const mark = doc.createElement('mark');
  mark.setAttribute(HIT_ATTR, topic.id);
  mark.className = 'fw-hit';
  mark.style.backgroundColor = safeColor(topic.color);
  mark.style.color = 'inherit';
  ownNodes.add(mark);
  return mark;
}

function paintMarks(doc: Document, hits: PaintedHit[]): Unpaint {
  // Pieces grouped by text node, then wrapped from the node's end so earlier offsets stay valid.
  const byNode = new Map<Text, { start: number; end: number; topic: CompiledTopic }[]>();
  for (const { pieces, topic } of hits) {
    for (const p of pieces) {
      const list = byNode.get(p.node) ?? [];
      list.push({ start: p.start, end: p.end, topic });
      byNode.set(p.node, list);
    }
  }
  const marks: HTMLElement[] = [];
  for (const [node, pieces] of byNode) {
    ownNodes.add(node);
    pieces.sort((a, b) => b.start - a.start);
    for (const piece of pieces) {
      if (piece.end < node.data.length) ownNodes.add(node.splitText(piece.end));
      const middle = piece.start > 0 ? node.splitText(piece.start) : node;
      ownNodes.add(middle);
      const mark = createMark(doc, piece.topic);
      middle.parentNode!.insertBefore(mark, middle);
      mark.append(middle);
      marks.push(mark);
    }
  }
  return () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      for (const child of mark.childNodes) ownNodes.add(child);
      mark.replaceWith(...mark.childNodes);
      for (const child of parent.childNodes) if (child.nodeType === 3) ownNodes.add(child);
      parent.normalize();
    }
  };
}

/** Paints the hits found in `el` and returns how to undo it; `topics` are all the matcher's topics. */
export function paintHits(el: Element, hits: PaintedHit[], mode: PaintMode, topics: readonly CompiledTopic[]): Unpaint {
  if (hits.length === 0) return () => undefined;
  return usesHighlightApi(el.ownerDocument, mode) ? paintRanges(el, hits, topics) : paintMarks(el.ownerDocument, hits);
}
