// Highlights one element (a post body or a thread-list title) in the content
// script. No opencc here: variants were expanded when the rules were compiled.
import type { CompiledTopic, Matcher, WarningHits } from './compile';
import { collectText, mapSpans } from './text-map';
import { paintHits, type PaintedHit, type PaintMode, type Unpaint } from './paint';

export { HIT_ATTR, installHighlightStyles, isOwnMutation, type PaintMode } from './paint';

export interface HighlightOptions {
  /** Selector of parts that are not the element's own text (quotes, edit notices); not matched, not painted. */
  exclude?: string;
  /** 'auto' uses the CSS Custom Highlight API when the browser has it, else <mark>; 'marks' always <mark>. */
  mode?: PaintMode;
}

/** What one element's match found: its topics in priority order and the warning words beside them. */
export interface ElementMatch {
  topics: string[];
  warning: WarningHits;
}

const NO_MATCH: ElementMatch = { topics: [], warning: { urgent: [], watch: [] } };

const painted = new WeakMap<Element, Unpaint>();
const topicMaps = new WeakMap<Matcher, Map<string, CompiledTopic>>();

function topicMap(matcher: Matcher): Map<string, CompiledTopic> {
  let map = topicMaps.get(matcher);
  if (!map) {
    map = new Map(matcher.topics.map((t) => [t.id, t]));
    topicMaps.set(matcher, map);
  }
  return map;
}

/** Removes the highlights this module painted on the element. */
export function clearHighlights(el: Element): void {
  painted.get(el)?.();
  painted.delete(el);
}

/**
 * Matches the element's own text (across inline tags) and paints the hits.
 * Returns the topics and warning words found by that one scan; the caller records them.
 */
export function highlightElement(el: Element, matcher: Matcher, options: HighlightOptions = {}): ElementMatch {
  clearHighlights(el);
  // Prefilter on the native text join: most elements end here without being walked.
  if (!matcher.mayMatch(el.textContent ?? '')) return NO_MATCH;
  const map = collectText(el, options.exclude);
  const { topics, hits, warning } = matcher.match(map.text);
  if (hits.length === 0) return { topics, warning };
  const byId = topicMap(matcher);
  const spans = mapSpans(map, hits);
  const toPaint: PaintedHit[] = [];
  hits.forEach((hit, i) => {
    const pieces = spans[i];
    const topic = byId.get(hit.topicIds[0] ?? '');
    if (pieces?.length && topic) toPaint.push({ pieces, topic });
  });
  painted.set(el, paintHits(el, toPaint, options.mode ?? 'auto', matcher.topics));
  return { topics, warning };
}
