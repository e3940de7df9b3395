import type { Settings } from '@/utils/settings/types';
import type { CaptureContext } from '@/utils/ledger/capture';
import { captureDue, slaContext } from '@/utils/deadline/sla';
import { toShanghaiISO } from '@/utils/time/shanghai';

export function captureContext(settings: Settings, now: Date): CaptureContext {
  return {
    now,
    actor: settings.user.name,
    dueFor: (at, topics) => toShanghaiISO(captureDue(at, slaContext(settings, topics))),
    departmentFor: (topics) => settings.topics.find((t) => topics.includes(t.id))?.department ?? null,
  };
}
