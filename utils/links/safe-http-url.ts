// Addresses that came from pages or files are opened and linked only when they are plain web pages.

// Whitespace and control characters: the URL parser drops some silently, and a newline would
// start a new line wherever the address is pasted as text.
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The address as the browser would open it, when it is an http(s) URL with nothing hidden in it; else null. */
export function safeHttpUrl(text: string): string | null {
  if (UNSAFE_CHARS.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
