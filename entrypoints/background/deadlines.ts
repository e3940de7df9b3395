import type { Settings, SlaPolicy } from '@/utils/settings/types';
import type { CaptureContext } from '@/utils/ledger/capture';
import { captureDue, policyForTopics, slaContext } from '@/utils/deadline/sla';
import { toShanghaiISO } from '@/utils/time/shanghai';

export function policyFor(settings: Settings, topics: string[]): SlaPolicy {
  return policyForTopics(settings.sla, topics);
}

export function captureContext(settings: Settings, now: Date): CaptureContext {
  return {
    now,
    actor: settings.user.name,
    dueFor: (at, topics) => toShanghaiISO(captureDue(at, slaContext(settings, topics))),
    departmentFor: (topics) => settings.topics.find((t) => topics.includes(t.id))?.department ?? null,
  };
}
