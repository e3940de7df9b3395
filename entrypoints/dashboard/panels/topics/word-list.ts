/** Words typed one per line or separated by commas/顿号; blanks dropped, duplicates removed. */
export function parseWordList(text: string): string[] {
  return [...new Set(text.split(/[\n,，、;；]+/).map((w) => w.trim()).filter(Boolean))];
}

export const formatWordList = (words: string[]) => words.join('\n');
