import { browser } from 'wxt/browser';
import { RULES_KEY } from '@/utils/settings/store';
import { createMatcher, type CompiledRules, type Matcher } from '@/utils/matching/compile';

/** The matcher of the compiled rules as stored for the content script; null before the background has stored them. */
export async function storedMatcher(): Promise<Matcher | null> {
  const rules = (await browser.storage.local.get(RULES_KEY))[RULES_KEY] as CompiledRules | undefined;
  return rules ? createMatcher(rules) : null;
}
