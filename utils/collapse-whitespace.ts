/** Collapses every whitespace run (newlines, &nbsp;, full-width spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
