// Runs the topics' regular expressions over a post with a bounded cost. One
// exec never sees more than WINDOW_CHARS characters (the compile step probes
// every expression at that length), and all expressions together stop once a
// text has used REGEX_BUDGET_MS: a long hostile post then loses regex hits,
// never the page.

export const REGEX_FLAGS = 'gi';

/** Where one window's own matches start. */
const SPAN = 500;
/** How far past its span a match may run; a match reaching the window's end is dropped (it may be cut short, or `$` may have matched there). */
const REACH = 500;
/** Text before the span, so that lookbehind and \b see what precedes it. */
const CONTEXT = 50;

/** The longest text one exec sees. */
export const WINDOW_CHARS = CONTEXT + SPAN + REACH;

/** What all expressions together may spend on one text. */
const REGEX_BUDGET_MS = 15;

export function regexDeadline(budgetMs = REGEX_BUDGET_MS): number {
  return performance.now() + budgetMs;
}

/**
 * Reports each non-empty match of `re` (compiled with REGEX_FLAGS) in `text`, in order and without
 * overlaps; `onHit` returns true to stop early. Returns false when the deadline cut the scan short.
 */
export function scanRegex(re: RegExp, text: string, deadline: number, onHit: (start: number, end: number) => boolean | void): boolean {
  let from = 0;
  for (let span = 0; span < text.length; span += SPAN) {
    if (from >= span + SPAN) continue;
    const sliceStart = Math.max(0, span - CONTEXT);
    const sliceEnd = Math.min(text.length, span + SPAN + REACH);
    const last = sliceEnd === text.length;
    const slice = sliceStart === 0 && last ? text : text.slice(sliceStart, sliceEnd);
    re.lastIndex = Math.max(from, span) - sliceStart;
    for (;;) {
      if (performance.now() > deadline) return false;
      const m = re.exec(slice);
      if (!m) break;
      const start = sliceStart + m.index;
      const end = start + m[0].length;
      if (!last && (start >= span + SPAN || end === sliceEnd)) break;
      if (start === end) {
        re.lastIndex++;
        continue;
      }
      from = end;
      if (onHit(start, end)) return true;
    }
    if (last) break;
  }
  return true;
}
