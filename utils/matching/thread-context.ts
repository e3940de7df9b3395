// A reply in a thread is usually about the thread's subject even when it
// names no keyword ("同感！", "效率可以，谢谢！"). Replies inherit the topics
// of the thread title, except bare bumps, which are about nothing.
import type { Matcher } from './compile';

const BUMP_MAX_CHARS = 15;
const BUMP_START = /^(?:帮顶|顶一?下|顶顶|顶起|顶上去|up|mark|沙发)/i;

/** A short "keep this thread on top" post such as 帮顶！ or 顶一下，让更多人看到。 */
export function isBump(ownText: string): boolean {
  const compact = ownText.replace(/\s+/g, '');
  return compact.length <= BUMP_MAX_CHARS && BUMP_START.test(compact);
}

/** The post's own topics plus the thread title's (unless the post is a bump), in the matcher's topic order. */
export function topicsInThread(matcher: Matcher, ownTopics: string[], titleTopics: string[], ownText: string): string[] {
  const found = new Set(ownTopics);
  if (!isBump(ownText)) for (const id of titleTopics) found.add(id);
  return matcher.topics.filter((t) => found.has(t.id)).map((t) => t.id);
}
