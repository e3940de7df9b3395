// What the content script takes from the matching engine; bundled alone to size it.
export { createMatcher } from '@/utils/matching/compile';
export { highlightElement, clearHighlights, isOwnMutation } from '@/utils/matching/highlight';
export { createHighlighter } from '@/utils/matching/slices';
export { topicsInThread } from '@/utils/matching/thread-context';
