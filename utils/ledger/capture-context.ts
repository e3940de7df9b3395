import type { Settings } from '../settings/types';
import type { CaptureContext } from './capture';
import { captureDue, slaContext } from '../deadline/sla';
import { toShanghaiISO } from '../time/shanghai';
import { actorName } from '../settings/identity';

/** `periodFirstResponseHours`: an active sensitive period's shorter first response, if any. */
export function captureContext(settings: Settings, now: Date, periodFirstResponseHours: number | null = null): CaptureContext {
  return {
    now,
    actor: actorName(settings.user),
    dueFor: (at, topics, level) => toShanghaiISO(captureDue(at, slaContext(settings, topics, undefined, { level, periodFirstResponseHours }))),
    departmentFor: (topics) => settings.topics.find((t) => topics.includes(t.id))?.department ?? null,
  };
}
