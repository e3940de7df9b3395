// One text may mix scripts: 違章建筑 has a Traditional 違 and a Simplified 筑,
// so neither whole-word spelling of the keyword matches it. The rule compiler
// lists, for every character of the keywords and expressions, its other
// forms; the matcher folds each of them onto the Simplified form, in the
// keywords and in the page text alike. One UTF-16 unit maps to one, so
// offsets in folded text stay offsets in the page. The content script gets
// the pairs with the rules and needs no conversion dictionary.

import { FOLDABLE_RANGES, foldCode } from './normalize';

/** Spellings of a word, its Simplified spelling first (see expandVariants). */
export type VariantExpander = (word: string) => string[];

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * "variant canonical" pairs, concatenated (e.g. "違违築筑"), for every Han
 * character of `texts` that has another form.
 */
export function scriptFoldPairs(texts: Iterable<string>, expand: VariantExpander): string {
  const chars = new Set<string>();
  for (const text of texts) for (const ch of text.match(HAN) ?? []) chars.add(ch);
  const canonical = new Map<string, string>();
  for (const ch of chars) {
    const [simplified = ch, ...others] = expand(ch);
    if (simplified.length !== 1) continue;
    for (const form of [ch, ...others]) {
      if (form.length === 1 && form !== simplified && !canonical.has(form)) canonical.set(form, simplified);
    }
  }
  return [...canonical].map(([form, simplified]) => form + simplified).join('');
}

/** Each UTF-16 unit's fold by the pairs from scriptFoldPairs, 0 for none. */
function pairFolds(pairs: string): Uint16Array {
  const folds = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < pairs.length; i += 2) folds[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  return folds;
}

/**
 * Folds text by a table of each unit's fold (0: none). Looking each character up finds one to fold several times
 * faster than a RegExp class of the same characters: on Chinese text a class gets no quick rejection of a position.
 */
function tableFolder(folds: Uint16Array): (text: string) => string {
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      if (!folds[text.charCodeAt(i)]) continue;
      let out = text.slice(0, i);
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out += String.fromCharCode(folds[c] || c);
      }
      return out;
    }
    return text;
  };
}

/** Folds text with the pairs from scriptFoldPairs; the identity when there are none. */
export function scriptFolder(pairs: string): (text: string) => string {
  return pairs ? tableFolder(pairFolds(pairs)) : (text) => text;
}

/** What the matcher does to page text, in one pass: foldText (width, Latin case), then the script pairs. */
export function pageTextFolder(pairs: string): (text: string) => string {
  const folds = pairFolds(pairs);
  for (const [first, last] of FOLDABLE_RANGES) for (let code = first; code <= last; code++) folds[code] = foldCode(code);
  return tableFolder(folds);
}
