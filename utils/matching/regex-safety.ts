// Static check for catastrophic backtracking, where topics are saved and
// settings imported (never in the content script or the start-up repair of
// stored settings: the checker is large and slow, and a stored expression it
// would refuse is left out by the compile step's probe instead). The expression is checked anchored: the quadratic cost of trying
// every start position is bounded on the page by windows and the compile
// step's probe, so only backtracking within one attempt is refused.
import { isSafePattern } from 'redos-detector';
import * as v from 'valibot';
import type { Settings } from '@/utils/settings/types';
import { t, type MessageKey } from '@/utils/i18n';
import { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { PRESET_TOPICS } from '@/utils/settings/preset-topics';

/** Why an expression is refused: it can backtrack catastrophically, or it is too complex to check. */
export type RegexDanger = 'backtracking' | 'too-complex';

const CHECK_TIMEOUT_MS = 1500;

/**
 * The default and preset topics' expressions: many are beyond the checker's time budget, yet they are
 * measured on the corpus and probed at compile, and a settings file exported unchanged must import.
 */
const SHIPPED = new Set([...DEFAULT_TOPICS, ...PRESET_TOPICS.map((preset) => preset.topic)].flatMap((topic) => topic.regex));

const verdicts = new Map<string, RegexDanger | null>();

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/**
 * Null when `source` cannot backtrack catastrophically, or does not compile at all (that is
 * reported where it is compiled). Remembered per source.
 */
export function regexDanger(source: string): RegexDanger | null {
  const known = verdicts.get(source);
  if (known !== undefined) return known;
  if (SHIPPED.has(source) || !compiles(source)) return null;
  const verdict = checkerVerdict(source, CHECK_TIMEOUT_MS);
  verdicts.set(source, verdict);
  return verdict;
}

/** The checker's own verdict on `source` within `timeoutMs`, with no exemption and nothing remembered. */
export function checkerVerdict(source: string, timeoutMs: number): RegexDanger | null {
  try {
    const result = isSafePattern(`^(?:${source})`, { caseInsensitive: true, timeout: timeoutMs });
    return result.safe ? null : result.error === 'timedOut' ? 'too-complex' : 'backtracking';
  } catch {
    // The checker does not know every syntax it is given: an expression it cannot read is not proven safe.
    return 'too-complex';
  }
}

const DANGER_KEY: Record<RegexDanger, MessageKey> = { backtracking: 'regexBacktracking', 'too-complex': 'regexTooComplex' };

/** What is wrong with `source`, naming it, for the settings page and the import report; null when it is safe. */
export function regexDangerMessage(source: string): string | null {
  const danger = regexDanger(source);
  return danger && t(DANGER_KEY[danger], source);
}

/** Import check on parsed settings: each refused topic expression is an issue at `topics[i].regex[j]`. */
export function safeTopicRegexes() {
  return v.rawCheck<Settings>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const topics = dataset.value.topics;
    topics.forEach((topic, i) =>
      topic.regex.forEach((source, j) => {
        const message = regexDangerMessage(source);
        if (!message) return;
        const at = <T>(type: 'object' | 'array', input: T, key: string | number, value: unknown) =>
          ({ type, origin: 'value', input, key, value }) as v.IssuePathItem;
        addIssue({
          message,
          path: [
            at('object', dataset.value, 'topics', topics),
            at('array', topics, i, topic),
            at('object', topic, 'regex', topic.regex),
            at('array', topic.regex, j, source),
          ],
        });
      }),
    );
  });
}
