import { compiledRulesItem } from '@/utils/storage/items';
import { createMatcher, type Matcher } from '@/utils/matching/compile';

/** The matcher of the compiled rules as stored for the content script; null before the background has stored them. */
export async function storedMatcher(): Promise<Matcher | null> {
  const rules = await compiledRulesItem.getValue();
  return rules ? createMatcher(rules) : null;
}
