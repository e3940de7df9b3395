// Full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to their
// half-width forms, and Latin capitals to lower case. Every fold maps one
// UTF-16 code unit to one, so offsets in folded text are offsets in the page.
import { collapseWhitespace } from '../collapse-whitespace';

/** The UTF-16 units that fold (first and last of each range). */
export const FOLDABLE_RANGES: readonly (readonly [number, number])[] = [
  [0xff01, 0xff5e],
  [0x3000, 0x3000],
  [0x41, 0x5a],
];
const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const FOLDABLE_CLASS = `[${FOLDABLE_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`;
const FOLDABLE = new RegExp(FOLDABLE_CLASS);
const FOLDABLE_ALL = new RegExp(FOLDABLE_CLASS, 'g');

/** The fold of one UTF-16 unit (the same for every unit foldText leaves alone). */
export function foldCode(code: number): number {
  if (code === 0x3000) return 0x20;
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) code += 32;
  return code;
}

const foldChar = (ch: string) => String.fromCharCode(foldCode(ch.charCodeAt(0)));

/** The text with full-width letters, digits and punctuation made half-width and Latin lower-cased; same length. */
export function foldText(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, foldChar) : text;
}

/** A keyword as the matcher stores it: folded, trimmed, inner whitespace runs made one space. */
export function normalizeKeyword(word: string): string {
  return collapseWhitespace(foldText(word));
}
