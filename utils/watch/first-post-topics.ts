// Topics of threads' first posts, known from the watch reading a new thread: a list row whose
// title says nothing can still be marked by what the thread is about.

/** Thread key → topic ids of its first post. */
export type FirstPostTopics = Record<string, string[]>;

const CAP = 2_000;

/** Adds one thread's topics, forgetting the oldest beyond the cap (insertion order). */
export function withFirstPostTopics(known: FirstPostTopics, threadKey: string, topics: string[]): FirstPostTopics {
  const rest = Object.entries(known).filter(([k]) => k !== threadKey);
  return Object.fromEntries([...rest, [threadKey, topics] as const].slice(-CAP));
}
