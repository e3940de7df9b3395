// How a netizen's post after a staff reply receives it: 好评 (praise), 追问
// (pushback) or anything else. Words are matched with the topic matcher, so
// Simplified/Traditional and full-width forms count alike.
import type { ReceptionWords } from '../settings/types';
import { compileRules, createMatcher, type CompiledRules, type VariantExpander } from '../matching/compile';
import { foldText } from '../matching/normalize';

export type ReceptionClass = 'praise' | 'pushback' | 'other';

export interface PostStanding {
  /** Written by the author of the post the reply answered. */
  byOriginalPoster: boolean;
  /** Quotes a staff reply. */
  quotesReply: boolean;
}

export type ReceptionClassifier = (text: string, standing: PostStanding) => ReceptionClass;

/** The reception words as rules of two topics, `pushback` and `praise`: compiled with the settings, where variants can be expanded. */
export function receptionRules(words: ReceptionWords, expand?: VariantExpander): CompiledRules {
  const topic = (id: ReceptionClass, any: string[]) => ({ id, name: id, color: '#000', department: '', any, all: [], none: [], regex: [] });
  return compileRules([topic('pushback', words.pushback), topic('praise', words.praise)], expand);
}

/**
 * Pushback wins over praise ("谢谢，但是什么时候修？" is 追问). A question mark is
 * pushback only from the original poster or from someone quoting the reply: a
 * bystander's question is not addressed to the reply. A pushback word counts from
 * anyone, and so does praise (the public's view of the reply is what is measured).
 */
export function classifierOfRules(rules: CompiledRules): ReceptionClassifier {
  const matcher = createMatcher(rules);
  return (text, { byOriginalPoster, quotesReply }) => {
    const found = matcher.topicsOf(text);
    if (found.includes('pushback')) return 'pushback';
    if ((byOriginalPoster || quotesReply) && foldText(text).includes('?')) return 'pushback';
    return found.includes('praise') ? 'praise' : 'other';
  };
}

export function receptionClassifier(words: ReceptionWords, expand?: VariantExpander): ReceptionClassifier {
  return classifierOfRules(receptionRules(words, expand));
}
