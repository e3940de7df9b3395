// Highlights many elements without long tasks: work runs in slices of a few
// milliseconds and yields to the page in between. Elements added later (AJAX
// replies, infinite scroll) are queued into the same loop.
import type { Matcher } from './compile';
import { highlightElement, type ElementMatch, type HighlightOptions } from './highlight';

export interface HighlighterOptions extends HighlightOptions {
  /** Longest run between two yields, in ms. */
  sliceMs?: number;
  /** Called for every element once it is done, with the topics (possibly none) and warning words found. */
  onResult?: (el: Element, found: ElementMatch) => void;
}

export interface Highlighter {
  /** Queues elements not seen before; resolves when everything queued so far is done. */
  add(elements: Iterable<Element>): Promise<void>;
}

const DEFAULT_SLICE_MS = 8;

/** Lets the page run (input, rendering) before the rest of the work: `scheduler.yield` where the browser has it. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createHighlighter(matcher: Matcher, options: HighlighterOptions = {}): Highlighter {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const seen = new WeakSet<Element>();
  const queue: Element[] = [];
  let next = 0;
  let draining = false;
  let done: Promise<void> = Promise.resolve();

  const one = (el: Element): ElementMatch => {
    const found = highlightElement(el, matcher, options);
    options.onResult?.(el, found);
    return found;
  };

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (next < queue.length) {
        const sliceEnd = performance.now() + sliceMs;
        do {
          const el = queue[next++]!;
          if (!el.isConnected) continue;
          try {
            one(el);
          } catch (err) {
            // One odd post must not stop the others from being highlighted.
            console.error('论坛舆情助手：高亮帖子失败', err);
          }
        } while (next < queue.length && performance.now() < sliceEnd);
        if (next < queue.length) await yieldToPage();
      }
    } finally {
      queue.length = 0;
      next = 0;
      draining = false;
    }
  }

  return {
    add(elements) {
      for (const el of elements) {
        if (seen.has(el)) continue;
        seen.add(el);
        queue.push(el);
      }
      if (!draining) done = drain();
      return done;
    },
  };
}
