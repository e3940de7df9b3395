// Joins the text nodes of an element into one string so that keywords split
// by inline tags (`违章<b>建筑</b>`) are found, and maps offsets back to nodes.
import { OWN_UI_ATTR } from '../own-ui';

/** Inserted at line breaks and block boundaries so that no keyword runs across them. */
export const SEPARATOR = '\n';

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'wbr',
]);
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'button']);

export interface TextMap {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
}

export interface NodeSpan {
  node: Text;
  start: number;
  end: number;
}

function skipped(el: Element, excluded: Set<Element> | null): boolean {
  return NEVER_TEXT.has(el.localName) || el.hasAttribute(OWN_UI_ATTR) || (excluded !== null && excluded.has(el));
}

/** The element's text, skipping `exclude` matches, scripts and the extension's own UI. */
export function collectText(root: Element, exclude?: string): TextMap {
  const excludedList = exclude ? root.querySelectorAll(exclude) : null;
  const excluded = excludedList && excludedList.length ? new Set<Element>(excludedList) : null;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastWasSeparator = true;
  const separate = () => {
    if (lastWasSeparator) return;
    parts.push(SEPARATOR);
    length += SEPARATOR.length;
    lastWasSeparator = true;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
        lastWasSeparator = false;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const inline = INLINE.has(el.localName);
      if (!inline) separate();
      if (!skipped(el, excluded) && el.firstChild) {
        node = el.firstChild;
        continue;
      }
    }
    // Climb to the next sibling, closing block elements on the way up.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && !INLINE.has((node as Element).localName)) separate();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { text: parts.join(''), nodes, starts };
}

/**
 * The pieces of text nodes covering each [start, end) span. `spans` must be
 * sorted and non-overlapping; the result has one list of pieces per span.
 */
export function mapSpans(map: TextMap, spans: { start: number; end: number }[]): NodeSpan[][] {
  const out: NodeSpan[][] = [];
  const { nodes, starts } = map;
  let i = 0;
  for (const { start, end } of spans) {
    while (i < nodes.length && starts[i]! + nodes[i]!.data.length <= start) i++;
    const pieces: NodeSpan[] = [];
    for (let j = i; j < nodes.length && starts[j]! < end; j++) {
      const node = nodes[j]!;
      const nodeStart = starts[j]!;
      const from = Math.max(start, nodeStart) - nodeStart;
      const to = Math.min(end, nodeStart + node.data.length) - nodeStart;
      if (to > from) pieces.push({ node, start: from, end: to });
    }
    out.push(pieces);
  }
  return out;
}
