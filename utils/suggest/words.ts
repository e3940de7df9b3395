// A post's words for keyword suggestions, from the browser's own Chinese word segmentation (ICU).
// Firefox has it from 125 (the add-on runs from 109): without it there are no words, so nothing is sampled or suggested.
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

export const canSegment = segmenter !== null;

/** Han words of two to eight characters: ICU's single characters are mostly particles, and longer runs are unsegmented names. */
const HAN_WORD = /^[\u3400-\u9fff\uf900-\ufaff]{2,8}$/;

/** The distinct Han words of `text`, in order of first appearance. Numbers and Latin are left out (dates, floors, phone numbers). */
export function hanWords(text: string): string[] {
  if (!segmenter) return [];
  const words = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike && HAN_WORD.test(segment)) words.add(segment);
  return [...words];
}
