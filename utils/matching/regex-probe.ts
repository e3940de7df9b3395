// Times a regular expression, alone, on adversarial texts before it reaches the
// forum pages: runs of the characters it names, with a tail that makes a match
// fail, so that backtracking shows. Lengths grow up to the longest text one
// exec sees in the content script, by a sixteenth while short, so that an
// exponential expression is caught a little past the budget instead of hanging
// this step; past SHORT only polynomial growth is left and steps are larger.
import { REGEX_FLAGS, scanRegex, WINDOW_CHARS } from './regex-scan';

/** The longest one probe text may take. */
export const PROBE_BUDGET_MS = 10;

const FIRST_LENGTH = 8;
const SHORT = 64;
const FAIL_TAIL = '\u0000';
/** Characters the common classes match; `\D`, `\W` and `\S` match Chinese text. */
const CLASS_SAMPLES: Record<string, string> = { d: '1', w: 'a', s: ' ', D: '中', W: '中', S: '中' };
const ALWAYS = ['a', '1', ' ', '中'];
const SYNTAX = '()[]{}|?*+^$.,-:=!<>';
/** Characters of the expression itself that are paired up: pairs grow with the square. */
const PAIRED = 5;
const CHARS = 10;

function namedChars(source: string): string[] {
  const chars = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length) {
      const next = source[++i]!;
      chars.add(CLASS_SAMPLES[next] ?? next);
    } else if (!SYNTAX.includes(c)) {
      chars.add(c);
    }
  }
  return [...chars];
}

/** Units repeated to make probe texts: single characters and pairs of the expression's own characters. */
function probeUnits(source: string): string[] {
  const named = namedChars(source);
  const singles = [...new Set([...named, ...ALWAYS])].slice(0, CHARS);
  const paired = named.slice(0, PAIRED);
  return [...singles, ...paired.flatMap((a) => paired.filter((b) => b !== a).map((b) => a + b))];
}

function timeScan(re: RegExp, text: string): number {
  const start = performance.now();
  scanRegex(re, text, Infinity, () => false);
  return performance.now() - start;
}

export interface SlowProbe {
  /** Length of the probe text that took too long. */
  length: number;
  ms: number;
}

const verdicts = new Map<string, SlowProbe | null>();

/** The first probe text on which one scan with `source` takes longer than PROBE_BUDGET_MS, or null. Remembered per source. */
export function slowProbe(source: string): SlowProbe | null {
  const known = verdicts.get(source);
  if (known !== undefined) return known;
  const re = new RegExp(source, REGEX_FLAGS);
  const units = probeUnits(source);
  let verdict: SlowProbe | null = null;
  for (let length = FIRST_LENGTH; !verdict; length = Math.min(WINDOW_CHARS, length + Math.max(1, length >> (length < SHORT ? 4 : 2)))) {
    for (const unit of units) {
      const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length - FAIL_TAIL.length) + FAIL_TAIL;
      // A busy machine can pause any one run: only the fastest of three counts.
      let ms = timeScan(re, text);
      for (let retry = 0; retry < 2 && ms > PROBE_BUDGET_MS; retry++) ms = Math.min(ms, timeScan(re, text));
      if (ms > PROBE_BUDGET_MS) {
        verdict = { length, ms };
        break;
      }
    }
    if (length === WINDOW_CHARS) break;
  }
  verdicts.set(source, verdict);
  return verdict;
}
