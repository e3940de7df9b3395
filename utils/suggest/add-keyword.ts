import * as v from 'valibot';
import type { Topic } from '../settings/types';
import { settingsSchema } from '../transfer/schema-settings';

/** The topics with `word` added to one topic's `any` list, checked as a settings import checks them. */
export function withKeyword(topics: readonly Topic[], topicId: string, word: string): { ok: true; topics: Topic[] } | { ok: false; problem: string } {
  const topic = topics.find((t) => t.id === topicId);
  if (!topic) return { ok: false, problem: '找不到这个领域' };
  const next = topics.map((t) => (t === topic && !t.any.includes(word) ? { ...t, any: [...t.any, word] } : t));
  const checked = v.safeParse(settingsSchema.entries.topics, next);
  return checked.success ? { ok: true, topics: next } : { ok: false, problem: `${topic.name}：${checked.issues[0].message}` };
}
