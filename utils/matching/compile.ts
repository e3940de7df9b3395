import type { RaisedLevel, Topic, WarningList } from '@/utils/settings/types';
import { normalizeKeyword } from './normalize';
import { REGEX_FLAGS, regexDeadline, scanRegex } from './regex-scan';
import { PROBE_BUDGET_MS, slowProbe } from './regex-probe';
import { errorText } from '../error-text';
import { t } from '../i18n';
import { pageTextFolder, scriptFoldPairs, scriptFolder, type VariantExpander } from './script-fold';
import { compoundsFor } from './compounds';
import { regexTriggers } from './regex-triggers';

export type { VariantExpander } from './script-fold';

/** One topic as the content script needs it; keywords are already folded and expanded. */
export interface CompiledTopic {
  id: string;
  name: string;
  color: string;
  department: string;
  /** Each inner list is one required word with its variants; one variant per list must occur. */
  all: string[][];
  none: string[];
  /** Folded weak words (see Topic.weak): scanned like any-of words, but one alone does not make the topic. */
  weak?: string[];
}

/** A user rule that could not be used, with a message for the settings page. */
export interface RuleProblem {
  topicId: string;
  source: string;
  message: string;
}

/** JSON-serialisable rule set, stored in browser.storage.local and read by the content script. */
export interface CompiledRules {
  version: typeof RULES_VERSION;
  /** In priority order: a hit belonging to several topics is painted in the first one's colour. */
  topics: CompiledTopic[];
  /** Folded any-of word → ids of the topics that list it; none for a compound that only hides a keyword cut across words. */
  words: [string, string[]][];
  /** Valid regular expression sources, matched like any-of words; run only on texts holding one of their triggers, when known (regex-triggers.ts). */
  regex: { topicId: string; source: string; triggers?: string[] }[];
  problems: RuleProblem[];
  /** Character pairs that page text and keywords fold onto one script (see script-fold.ts). */
  fold: string;
  warnings: CompiledWarnings;
}

/** The 舆情预警 word lists, found by the same scan as the topics' words. */
export interface CompiledWarnings {
  lists: { id: string; name: string; level: RaisedLevel }[];
  /**
   * Scanned word (a warning word, or a topic word that holds one) → the warning words inside it,
   * each with its list's index: the scan takes the longest word at a position, so a keyword such
   * as 路面塌陷 must still count its 塌陷.
   */
  words: [string, [number, string][]][];
}

/** Changes when stored rules must be compiled again. */
export const RULES_VERSION = 6;

export interface Hit {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  topicIds: string[];
}

/** Distinct warning words found in a text, by the level of their list. */
export type WarningHits = Record<RaisedLevel, string[]>;

export interface MatchResult {
  /** Topics whose rules the text satisfies, in priority order. */
  topics: string[];
  /** Hits that belong to those topics, sorted and non-overlapping. */
  hits: Hit[];
  /** Warning words in the text (whether or not it matched a topic). */
  warning: WarningHits;
}

export interface Matcher {
  readonly topics: readonly CompiledTopic[];
  /** Every keyword and expression occurrence, before the all-of / none-of rules are applied. */
  scan(text: string): Hit[];
  match(text: string): MatchResult;
  topicsOf(text: string): string[];
  /** Cheap necessary condition for `match`: some keyword or expression occurs at all. */
  mayMatch(text: string): boolean;
  /**
   * Compiles the word lists' expressions now: the engine compiles a RegExp on its first use (for each kind of
   * text), which with thousands of words is the longest single step, so a page can give it a task of its own.
   */
  warmUp(): void;
}

/** Chinese, as page text is: a RegExp is compiled apart for one-byte and two-byte strings. */
const WARM_UP_TEXT = '预热';

function spellings(word: string, expand?: VariantExpander): string[] {
  return [word, ...(expand ? expand(word) : [])];
}

function checkRegex(topic: Topic, source: string): RuleProblem | null {
  const problem = (why: string): RuleProblem => ({
    topicId: topic.id,
    source,
    message: t('regexProblem', topic.name, source, why),
  });
  if (!source.trim()) return problem(t('regexEmpty'));
  try {
    if (new RegExp(source, REGEX_FLAGS).test('')) return problem(t('regexMatchesEmpty'));
  } catch (err) {
    return problem(errorText(err));
  }
  const slow = slowProbe(source);
  if (slow) {
    const ms = Math.round(slow.ms);
    return problem(t('regexTooSlow', slow.length, ms, PROBE_BUDGET_MS));
  }
  return null;
}

/** `a` followed by `b` where an end of `a` is a start of `b` (路面塌, 塌陷 → 路面塌陷); neither holds the other. */
function overlapJoins(a: string, b: string): string[] {
  const joins: string[] = [];
  for (let k = Math.min(a.length, b.length) - 1; k > 0; k--) if (a.endsWith(b.slice(0, k))) joins.push(a + b.slice(k));
  return joins;
}

/** Every scanned word's warning words (see CompiledWarnings.words); `words` gains the warning words that hold a topic's keyword, and the joins of overlapping ones. */
function compileWarnings(lists: readonly WarningList[], words: Map<string, string[]>, allForms: Iterable<string>, wordForms: (w: string) => string[]): CompiledWarnings {
  const warned = new Map<string, number>();
  lists.forEach((list, i) => {
    for (const word of list.words) for (const form of wordForms(word)) if (!warned.has(form)) warned.set(form, i);
  });
  for (const form of warned.keys()) {
    if (words.has(form)) continue;
    const ids = new Set<string>();
    for (const [word, topicIds] of words) if (form.includes(word)) for (const id of topicIds) ids.add(id);
    if (ids.size) words.set(form, [...ids]);
  }
  // A keyword and a warning word that overlap (路面塌 + 塌陷 in 路面塌陷): the scan takes one and goes on
  // after it, missing the other, so the two enter joined, as one word holding both.
  for (const form of warned.keys()) {
    for (const [word, topicIds] of [...words]) {
      if (topicIds.length === 0) continue;
      for (const joined of [...overlapJoins(word, form), ...overlapJoins(form, word)]) if (!words.has(joined)) words.set(joined, topicIds);
    }
  }
  const inside = new Map<string, [number, string][]>();
  for (const scanned of new Set([...words.keys(), ...allForms, ...warned.keys()])) {
    const found: [number, string][] = [];
    for (const [form, i] of warned) if (scanned.includes(form)) found.push([i, form]);
    if (found.length) inside.set(scanned, found);
  }
  return { lists: lists.map(({ id, name, level }) => ({ id, name, level })), words: [...inside] };
}

/** Folds, expands (e.g. Traditional variants) and validates the topics and warning lists once, off the page's hot path. */
export function compileRules(topics: Topic[], expand?: VariantExpander, warningLists: readonly WarningList[] = []): CompiledRules {
  const texts = [
    ...topics.flatMap((t) => [...[...t.any, ...(t.weak ?? []), ...t.all, ...t.none].flatMap((w) => spellings(w, expand)), ...t.regex]),
    ...warningLists.flatMap((l) => l.words.flatMap((w) => spellings(w, expand))),
  ];
  const fold = expand ? scriptFoldPairs(texts, expand) : '';
  const foldScript = scriptFolder(fold);
  const wordForms = (word: string) => {
    const forms = new Set<string>();
    for (const form of spellings(word, expand)) {
      const normal = foldScript(normalizeKeyword(form));
      if (normal) forms.add(normal);
    }
    return [...forms];
  };
  const words = new Map<string, string[]>();
  const regex: CompiledRules['regex'] = [];
  const problems: RuleProblem[] = [];
  const compiled = topics.map((topic): CompiledTopic => {
    const weak = new Set((topic.weak ?? []).flatMap(wordForms));
    // A word listed both ways counts as the stronger one.
    for (const word of topic.any) for (const form of wordForms(word)) weak.delete(form);
    for (const form of [...topic.any.flatMap(wordForms), ...weak]) {
      const ids = words.get(form) ?? [];
      if (!ids.includes(topic.id)) ids.push(topic.id);
      words.set(form, ids);
    }
    for (const typed of topic.regex) {
      const source = foldScript(typed);
      const problem = checkRegex(topic, source);
      if (problem) problems.push(problem);
      else regex.push({ topicId: topic.id, source, ...triggersOf(source) });
    }
    return {
      id: topic.id,
      name: topic.name,
      color: topic.color,
      department: topic.department,
      all: topic.all.map(wordForms).filter((forms) => forms.length > 0),
      none: [...new Set(topic.none.flatMap(wordForms))],
      weak: [...weak],
    };
  });
  for (const { word, topicIds } of compoundsFor(words, foldScript)) words.set(word, [...new Set([...(words.get(word) ?? []), ...topicIds])]);
  const warnings = compileWarnings(warningLists, words, compiled.flatMap((t) => t.all.flat()), wordForms);
  return { version: RULES_VERSION, topics: compiled, words: [...words], regex, problems, fold, warnings };
}

function triggersOf(source: string): { triggers?: string[] } {
  const triggers = regexTriggers(source);
  return triggers ? { triggers } : {};
}

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** One alternation over every word, longest first so the longest keyword at a position wins. */
function alternation(words: Iterable<string>): RegExp | null {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return sorted.length ? new RegExp(sorted.map(escapeRegex).join('|'), 'g') : null;
}

function addWarning(warned: WarningHits, level: RaisedLevel, word: string): void {
  if (!warned[level].includes(word)) warned[level].push(word);
}

function addTo<T>(map: Map<string, T[]>, key: string, id: T): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

/** Keeps the first of overlapping hits; equal spans share their topics. */
function withoutOverlaps(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start === last.start && hit.end === last.end) {
      for (const id of hit.topicIds) if (!last.topicIds.includes(id)) last.topicIds.push(id);
    } else if (!last || hit.start >= last.end) {
      kept.push(hit);
    }
  }
  return kept;
}

/** The lists (by index, ascending) with a trigger inside `found`: its slices looked up, not every list searched. */
function listsInside(found: string, listsOf: Map<string, number[]>): number[] {
  const open = new Set<number>();
  for (let start = 0; start < found.length; start++) {
    for (let end = start + 1; end <= found.length; end++) listsOf.get(found.slice(start, end))?.forEach((i) => open.add(i));
  }
  return [...open].sort((a, b) => a - b);
}

/**
 * The expressions (by index, ascending) a folded text may satisfy, from their triggers (undefined: always run), found
 * in one pass over the text for all of them. The pass steps one character after each trigger, so overlapping triggers
 * are seen; at a position it finds the longest, and a trigger inside it counts too.
 */
function expressionGate(triggerLists: (string[] | undefined)[]): (text: string) => number[] {
  const always = triggerLists.flatMap((list, i) => (list ? [] : [i]));
  const listsOf = new Map<string, number[]>();
  triggerLists.forEach((list, i) => list?.forEach((u) => addTo(listsOf, u, i)));
  const opens = new Map([...listsOf.keys()].map((t) => [t, listsInside(t, listsOf)]));
  const scan = alternation(listsOf.keys());
  return (text) => {
    if (!scan) return always;
    const open = new Set(always);
    scan.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = scan.exec(text)); scan.lastIndex = m.index + 1) opens.get(m[0])!.forEach((i) => open.add(i));
    return open.size > always.length ? [...open].sort((a, b) => a - b) : always;
  };
}

export interface MatcherOptions {
  /** What all expressions together may spend on one text (regex-scan.ts); measurements of wording pass Infinity. */
  regexBudgetMs?: number;
}

/** Which topics a text's words and expressions speak for: weak words count once two of them, or one and a stronger hit, occur. */
class TopicEvidence {
  private readonly strong = new Set<string>();
  private readonly weak = new Map<string, Set<string>>();

  add(topicId: string, word: string | null, isWeak: boolean): void {
    if (!isWeak) this.strong.add(topicId);
    else if (word) (this.weak.get(topicId) ?? this.weak.set(topicId, new Set()).get(topicId)!).add(word);
  }

  get empty(): boolean {
    return this.strong.size === 0 && this.weak.size === 0;
  }

  holds(topicId: string): boolean {
    return this.strong.has(topicId) || (this.weak.get(topicId)?.size ?? 0) >= 2;
  }
}

/** Builds the page-side matcher from stored rules: one combined RegExp, compiled once. */
export function createMatcher(rules: CompiledRules, options: MatcherOptions = {}): Matcher {
  const anyTopics = new Map(rules.words);
  const allTopics = new Map<string, string[]>();
  for (const topic of rules.topics) for (const group of topic.all) for (const w of group) addTo(allTopics, w, topic.id);
  // Rules stored by an older version have no warning lists until the background compiles them again.
  const warnings = rules.warnings ?? { lists: [], words: [] };
  const warnedWords = new Map(warnings.words);
  const topicWords = new Set([...anyTopics.keys(), ...allTopics.keys()]);
  const combined = alternation(new Set([...topicWords, ...warnedWords.keys()]));
  // The prefilter looks for the topics' words alone: a warning word makes no match by itself, and many
  // start with common characters (不作为, 一直没解决), which would slow the check of every post about nothing.
  const prefilter = warnedWords.size ? alternation(topicWords) : combined;
  const expressions = rules.regex.map((r) => ({ topicId: r.topicId, re: new RegExp(r.source, REGEX_FLAGS) }));
  const mayHold = expressionGate(rules.regex.map((r) => r.triggers));
  const order = new Map(rules.topics.map((t, i) => [t.id, i]));
  // Rules stored by an older version have no weak words until the background compiles them again.
  const weakWords = new Map(rules.topics.map((t) => [t.id, new Set(t.weak ?? [])]));
  // Rules stored by an older version have no pairs until the background compiles them again.
  const prepare = pageTextFolder(rules.fold ?? '');

  /** Every expression's hits within one time budget for the text; `onHit` returns true to stop. */
  function eachRegexHit(folded: string, onHit: (topicId: string, start: number, end: number) => boolean | void): void {
    const open = mayHold(folded);
    if (open.length === 0) return;
    const deadline = regexDeadline(options.regexBudgetMs);
    let stop = false;
    for (const i of open) {
      const { topicId, re } = expressions[i]!;
      const finished = scanRegex(re, folded, deadline, (start, end) => (stop = onHit(topicId, start, end) === true));
      if (!finished || stop) return;
    }
  }

  /** Hits in folded text; `evidence` collects the any-of and weak words and expressions found, `warned` the warning words. */
  function scanFolded(folded: string, evidence: TopicEvidence | null, warned?: WarningHits): Hit[] {
    const hits: Hit[] = [];
    if (combined) {
      combined.lastIndex = 0;
      for (let m = combined.exec(folded); m; m = combined.exec(folded)) {
        const any = anyTopics.get(m[0]);
        const all = allTopics.get(m[0]);
        if (warned) for (const [i, word] of warnedWords.get(m[0]) ?? []) addWarning(warned, warnings.lists[i]!.level, word);
        if (any && evidence) for (const id of any) evidence.add(id, m[0], weakWords.get(id)?.has(m[0]) === true);
        const ids = any && all ? [...new Set([...any, ...all])] : (any ?? all ?? []);
        hits.push({ start: m.index, end: m.index + m[0].length, topicIds: [...ids] });
      }
    }
    eachRegexHit(folded, (topicId, start, end) => {
      evidence?.add(topicId, null, false);
      hits.push({ start, end, topicIds: [topicId] });
    });
    return hits;
  }

  function satisfies(topic: CompiledTopic, folded: string): boolean {
    return (
      topic.all.every((forms) => forms.some((w) => folded.includes(w))) &&
      !topic.none.some((w) => folded.includes(w))
    );
  }

  function match(text: string): MatchResult {
    const folded = prepare(text);
    const evidence = new TopicEvidence();
    const warning: WarningHits = { urgent: [], watch: [] };
    const raw = scanFolded(folded, evidence, warning);
    if (evidence.empty) return { topics: [], hits: [], warning };
    const topics = rules.topics.filter((t) => evidence.holds(t.id) && satisfies(t, folded)).map((t) => t.id);
    if (topics.length === 0) return { topics, hits: [], warning };
    const hits: Hit[] = [];
    for (const hit of raw) {
      const ids = hit.topicIds.filter((id) => topics.includes(id));
      if (ids.length) hits.push({ ...hit, topicIds: ids.sort((a, b) => order.get(a)! - order.get(b)!) });
    }
    return { topics, hits: withoutOverlaps(hits), warning };
  }

  function mayMatch(text: string): boolean {
    const folded = prepare(text);
    if (prefilter) {
      prefilter.lastIndex = 0;
      if (prefilter.test(folded)) return true;
    }
    let found = false;
    eachRegexHit(folded, () => (found = true));
    return found;
  }

  return {
    topics: rules.topics,
    scan: (text) => withoutOverlaps(scanFolded(prepare(text), null).filter((hit) => hit.topicIds.length > 0)),
    match,
    topicsOf: (text) => match(text).topics,
    mayMatch,
    warmUp() {
      // Twice: a RegExp's first use compiles it to bytecode, its second to machine code.
      for (let i = 0; i < 2; i++) {
        mayMatch(WARM_UP_TEXT);
        match(WARM_UP_TEXT);
      }
    },
  };
}
