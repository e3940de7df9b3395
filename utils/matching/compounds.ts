// Chinese has no spaces, so a keyword can match across a word boundary:
// 通车 inside 民生直通车 (a hotline column), 修路 inside 维修路灯, 工期 inside
// 施工期间. Each compound below is written with its real word boundaries
// ('|'). The compiler adds a compound to the rules when some keyword crosses
// one of its boundaries; the matcher prefers the longer word, so the crossing
// keyword is not found there, while keywords inside one part (路灯) keep
// their topics. No dictionary reaches the page: only the compounds that cut
// the configured keywords.

export const COMPOUNDS: readonly string[] = ['直通|车', '交通|车', '修|路灯', '施工|期间', '交|房租', '收|房租'];

export interface Compound {
  word: string;
  /** Topics of the keywords that lie inside one part of the compound. */
  topicIds: string[];
}

/**
 * The compounds that cut a keyword of `words` (folded keyword → topic ids),
 * each with the topics of the keywords found whole inside its parts.
 */
export function compoundsFor(words: ReadonlyMap<string, readonly string[]>, fold: (text: string) => string): Compound[] {
  const found: Compound[] = [];
  for (const written of COMPOUNDS) {
    const parts = fold(written).split('|');
    const word = parts.join('');
    const cuts = new Set<number>();
    for (let i = 0, at = 0; i < parts.length - 1; i++) cuts.add((at += parts[i]!.length));
    const topicIds = new Set<string>();
    let cutsKeyword = false;
    for (const [keyword, ids] of words) {
      for (let start = word.indexOf(keyword); start >= 0; start = word.indexOf(keyword, start + 1)) {
        const end = start + keyword.length;
        if ([...cuts].some((cut) => cut > start && cut < end)) cutsKeyword = true;
        else for (const id of ids) topicIds.add(id);
      }
    }
    if (cutsKeyword) found.push({ word, topicIds: [...topicIds] });
  }
  return found;
}
