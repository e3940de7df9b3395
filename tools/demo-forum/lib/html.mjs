// HTML helpers. Every piece of user or seed text goes through esc() before it
// reaches a page; renderMessage() is the only place that turns text into markup.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/**
 * A post's text as Discuz shows it: escaped, `[b]…[/b]` as bold, line breaks
 * as `<br />`. The bold tag is applied after escaping, so only this fixed
 * markup can appear.
 */
export function renderMessage(text) {
  return esc(normaliseNewlines(text))
    .replace(/\[b\]([\s\S]*?)\[\/b\]/g, '<b>$1</b>')
    .replace(/\n/g, '<br />\n');
}

/** Plain text of a stored message (bold markers removed), for quotes and excerpts. */
export function messageText(text) {
  return normaliseNewlines(text).replace(/\[\/?b\]/g, '');
}

/** Discuz-style cut: at most `max` characters, then ` ...`. */
export function cut(text, max) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')} ...`;
}

function normaliseNewlines(text) {
  return String(text ?? '').replace(/\r\n?/g, '\n');
}
