import { WorkCalendar, type CalendarOverrides } from '../../../utils/deadline/calendar';
import { DEFAULT_SLA, DEFAULT_WORKING_HOURS, type SlaContext } from '../../../utils/deadline/sla';
import type { SlaPolicy } from '../../../utils/settings/types';
import { formatShanghai, parseShanghaiLocal } from '../../../utils/time/shanghai';

/** The instant at a Shanghai wall-clock time such as `2026-11-24 16:59`. */
export function sh(text: string): Date {
  const at = parseShanghaiLocal(text);
  if (!at) throw new Error(`bad test time ${text}`);
  return at;
}

/** `2026-11-24 17:30` (Shanghai), or with seconds when they are not zero. */
export function show(at: Date | null): string | null {
  if (!at) return null;
  const text = formatShanghai(at, true);
  return text.endsWith(':00') ? text.slice(0, -3) : text;
}

export function context(policy: Partial<SlaPolicy> = {}, overrides?: CalendarOverrides): SlaContext {
  return {
    calendar: new WorkCalendar(overrides),
    hours: { ...DEFAULT_WORKING_HOURS },
    policy: { ...DEFAULT_SLA, ...policy },
  };
}
