// Simplified/Traditional variants of keywords. Uses opencc-js's large
// dictionaries (about 2 MB), so it runs where topics are saved (background,
// dashboard), never in the content script.
import * as OpenCC from 'opencc-js';
import type { Topic } from '@/utils/settings/types';

type Convert = (text: string) => string;

interface Converters {
  toTraditional: Convert[];
  toSimplified: Convert;
}

let converters: Converters | null = null;

// Building the converters loads the dictionaries (about half a second): once, on first use.
function getConverters(): Converters {
  converters ??= {
    toTraditional: [
      OpenCC.Converter({ from: 'cn', to: 't' }),
      OpenCC.Converter({ from: 'cn', to: 'tw' }),
      OpenCC.Converter({ from: 'cn', to: 'hk' }),
    ],
    toSimplified: OpenCC.Converter({ from: 't', to: 'cn' }),
  };
  return converters;
}

/** The word's Simplified form first, then the word and its Traditional (OpenCC, Taiwan, Hong Kong) forms, without duplicates. */
export function expandVariants(word: string): string[] {
  const { toTraditional, toSimplified } = getConverters();
  // A word typed in Traditional is made Simplified first, so its other Traditional forms are found too.
  const simplified = toSimplified(word);
  const forms = new Set([simplified, word]);
  for (const convert of toTraditional) forms.add(convert(simplified));
  return [...forms];
}

/**
 * Topics with their any-of, weak and none-of words expanded in place, e.g. to show the expanded list.
 * All-of words stay as typed: each is required, so its variants must stay a group of
 * alternatives — `compileRules(topics, expandVariants)` keeps them grouped.
 */
export function expandTopics(topics: Topic[]): Topic[] {
  const expand = (words: string[]) => [...new Set(words.flatMap(expandVariants))];
  return topics.map((t) => ({ ...t, any: expand(t.any), ...(t.weak && { weak: expand(t.weak) }), none: expand(t.none), all: t.all }));
}
