const unique = (words: string[]) => [...new Set(words.map((w) => w.trim()).filter(Boolean))];

/** Words typed one per line or separated by commas/顿号; blanks dropped, duplicates removed. */
export const parseWordList = (text: string) => unique(text.split(/[\n,，、;；]+/));

/** Regular expressions, one per line only: commas belong to quantifiers such as {0,10}. */
export const parseLineList = (text: string) => unique(text.split('\n'));

export const formatWordList = (words: string[]) => words.join('\n');
