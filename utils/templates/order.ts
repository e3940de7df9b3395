import type { Template } from '../settings/types';

/**
 * Templates as the reply helper offers them: those of the post's topics first
 * (in topic order), then general ones, then the rest, each group in library order.
 */
export function orderTemplates(templates: readonly Template[], topics: readonly string[]): Template[] {
  const rank = (t: Template) => {
    if (t.topicId === null) return topics.length;
    const i = topics.indexOf(t.topicId);
    return i >= 0 ? i : topics.length + 1;
  };
  return templates
    .map((t, i) => ({ t, i, r: rank(t) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ t }) => t);
}
