// Full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to their
// half-width forms, and Latin capitals to lower case. Every fold maps one
// UTF-16 code unit to one, so offsets in folded text are offsets in the page.

const FOLDABLE = /[\uFF01-\uFF5E\u3000A-Z]/;
const FOLDABLE_ALL = /[\uFF01-\uFF5E\u3000A-Z]/g;

function foldChar(ch: string): string {
  let code = ch.charCodeAt(0);
  if (code === 0x3000) return ' ';
  if (code >= 0xff01) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) code += 32;
  return String.fromCharCode(code);
}

/** The text with full-width letters, digits and punctuation made half-width and Latin lower-cased; same length. */
export function foldText(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, foldChar) : text;
}

/** A keyword as the matcher stores it: folded, trimmed, inner whitespace runs made one space. */
export function normalizeKeyword(word: string): string {
  return foldText(word).trim().replace(/\s+/g, ' ');
}
