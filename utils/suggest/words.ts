// A post's words for keyword suggestions, from the browser's own Chinese word segmentation (ICU).
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Han words of two to eight characters: ICU's single characters are mostly particles, and longer runs are unsegmented names. */
const HAN_WORD = /^[\u3400-\u9fff\uf900-\ufaff]{2,8}$/;

/** The distinct Han words of `text`, in order of first appearance. Numbers and Latin are left out (dates, floors, phone numbers). */
export function hanWords(text: string): string[] {
  const words = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike && HAN_WORD.test(segment)) words.add(segment);
  return [...words];
}
