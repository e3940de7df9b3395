import type { Settings } from '@/utils/settings/types';
import type { CaptureContext } from '@/utils/ledger/capture';
import { captureDue, slaContext } from '@/utils/deadline/sla';
import { toShanghaiISO } from '@/utils/time/shanghai';
import { actorName } from '@/utils/settings/identity';

export function captureContext(settings: Settings, now: Date): CaptureContext {
  return {
    now,
    actor: actorName(settings.user),
    dueFor: (at, topics) => toShanghaiISO(captureDue(at, slaContext(settings, topics))),
    departmentFor: (topics) => settings.topics.find((t) => topics.includes(t.id))?.department ?? null,
  };
}
