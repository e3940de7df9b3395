// Kept apart from the deadline arithmetic (sla.ts): the reply helper on forum pages needs only this.
import type { SlaPolicy, Settings } from '../settings/types';

/** The default policy overlaid with the first topic that has its own settings. */
export function policyForTopics(sla: Settings['sla'], topics: readonly string[]): SlaPolicy {
  const own = topics.map((id) => sla.perTopic[id]).find((p) => p !== undefined) ?? {};
  return { ...sla.default, ...own };
}
