// The 日历与时限 settings as the form edits them (text fields as typed), checked and turned
// back into settings. Every problem comes back as a message the user can act on.
import type { Settings, SlaPolicy } from '@/utils/settings/types';
import { clockMinutes, clockText } from '@/utils/deadline/clock';
import { parseDayKey } from '@/utils/deadline/day-key';
import { t, type MessageKey } from '@/utils/i18n';

export type Choice = '' | 'yes' | 'no';

/** One topic's own deadlines; '' means "as the default". */
export interface TopicSlaForm {
  cutoff: string;
  firstResponseHours: string;
  escalationDays: string;
  restartOnFollowUp: Choice;
  requireApproval: Choice;
}

export interface CalendarForm {
  extraHolidays: string[];
  extraWorkdays: string[];
  start: string;
  end: string;
  cutoff: string;
  firstResponseHours: string;
  escalationDays: string;
  restartOnFollowUp: boolean;
  requireApproval: boolean;
  perTopic: Record<string, TopicSlaForm>;
  leadMinutes: string;
  patrolTimes: string;
}

const choice = (value: boolean | undefined): Choice => (value === undefined ? '' : value ? 'yes' : 'no');
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

export function formFromSettings(settings: Settings): CalendarForm {
  const d = settings.sla.default;
  const perTopic: Record<string, TopicSlaForm> = {};
  for (const topic of settings.topics) {
    const own = settings.sla.perTopic[topic.id] ?? {};
    perTopic[topic.id] = {
      cutoff: own.cutoff ?? '',
      firstResponseHours: numberText(own.firstResponseHours),
      escalationDays: numberText(own.escalationDays),
      restartOnFollowUp: choice(own.restartOnFollowUp),
      requireApproval: choice(own.requireApproval),
    };
  }
  return {
    extraHolidays: [...settings.calendar.extraHolidays].sort(),
    extraWorkdays: [...settings.calendar.extraWorkdays].sort(),
    start: settings.workingHours.start,
    end: settings.workingHours.end,
    cutoff: d.cutoff,
    firstResponseHours: String(d.firstResponseHours),
    escalationDays: String(d.escalationDays),
    restartOnFollowUp: d.restartOnFollowUp,
    requireApproval: d.requireApproval,
    perTopic,
    leadMinutes: String(settings.reminders.leadMinutes),
    patrolTimes: settings.reminders.patrolTimes.join(', '),
  };
}

/** `YYYY-MM-DD` for a real calendar date, else a message. */
export function dayProblem(text: string): string | null {
  try {
    parseDayKey(text);
    return null;
  } catch {
    return t('calBadDate', text || '（空）');
  }
}

/** Why `day` cannot be added to one of the override lists, or null. */
export function addDayProblem(form: CalendarForm, day: string, list: 'extraHolidays' | 'extraWorkdays'): string | null {
  const bad = dayProblem(day);
  if (bad) return bad;
  if (form[list].includes(day)) return t('calDuplicate', day);
  const other = list === 'extraHolidays' ? 'extraWorkdays' : 'extraHolidays';
  return form[other].includes(day) ? t('calInBoth', day) : null;
}

class Problems {
  readonly list: string[] = [];
  private prefix: string | null = null;

  within(topicName: string | null) {
    this.prefix = topicName;
  }
  add(message: string) {
    this.list.push(this.prefix ? t('calTopicProblem', this.prefix, message) : message);
  }
  /** The time as `HH:MM` (so `9:00` sorts before `14:30`). */
  clock(label: MessageKey, text: string): string {
    try {
      return clockText(clockMinutes(text));
    } catch {
      this.add(t('calBadClock', t(label), text));
      return text.trim();
    }
  }
  whole(label: MessageKey, text: string, min: number, max: number): number {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) this.add(t('calBadNumber', t(label), min, max, text));
    return value;
  }
}

const FIRST_RESPONSE_MAX = 24 * 30;
const ESCALATION_MAX = 30;
const LEAD_MAX = 24 * 60;

function topicOverrides(form: TopicSlaForm, problems: Problems): Partial<SlaPolicy> {
  const own: Partial<SlaPolicy> = {};
  if (form.cutoff.trim()) own.cutoff = problems.clock('calFieldCutoff', form.cutoff);
  if (form.firstResponseHours.trim()) own.firstResponseHours = problems.whole('calFieldFirstResponse', form.firstResponseHours, 0, FIRST_RESPONSE_MAX);
  if (form.escalationDays.trim()) own.escalationDays = problems.whole('calFieldEscalationDays', form.escalationDays, 1, ESCALATION_MAX);
  if (form.restartOnFollowUp) own.restartOnFollowUp = form.restartOnFollowUp === 'yes';
  if (form.requireApproval) own.requireApproval = form.requireApproval === 'yes';
  return own;
}

/** The settings with the form applied, or the problems that keep it from being saved. */
export function applyForm(settings: Settings, form: CalendarForm): { settings: Settings; problems: [] } | { settings: null; problems: string[] } {
  const problems = new Problems();
  for (const day of [...form.extraHolidays, ...form.extraWorkdays]) {
    const bad = dayProblem(day);
    if (bad) problems.add(bad);
  }
  for (const day of form.extraHolidays) if (form.extraWorkdays.includes(day)) problems.add(t('calInBoth', day));

  const start = problems.clock('calFieldStart', form.start);
  const end = problems.clock('calFieldEnd', form.end);
  if (problems.list.length === 0 && clockMinutes(end) <= clockMinutes(start)) problems.add(t('calHoursOrder'));

  const policy: SlaPolicy = {
    cutoff: problems.clock('calFieldCutoff', form.cutoff),
    firstResponseHours: problems.whole('calFieldFirstResponse', form.firstResponseHours, 0, FIRST_RESPONSE_MAX),
    escalationDays: problems.whole('calFieldEscalationDays', form.escalationDays, 1, ESCALATION_MAX),
    restartOnFollowUp: form.restartOnFollowUp,
    requireApproval: form.requireApproval,
  };

  const perTopic: Record<string, Partial<SlaPolicy>> = {};
  for (const topic of settings.topics) {
    const own = form.perTopic[topic.id];
    if (!own) continue;
    problems.within(topic.name || topic.id);
    const overrides = topicOverrides(own, problems);
    problems.within(null);
    if (Object.keys(overrides).length) perTopic[topic.id] = overrides;
  }

  const leadMinutes = problems.whole('calFieldLeadMinutes', form.leadMinutes, 0, LEAD_MAX);
  const patrolTimes = form.patrolTimes
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map((time) => problems.clock('calFieldPatrol', time));

  if (problems.list.length) return { settings: null, problems: problems.list };
  return {
    problems: [],
    settings: {
      ...settings,
      calendar: { extraHolidays: [...form.extraHolidays].sort(), extraWorkdays: [...form.extraWorkdays].sort() },
      workingHours: { start, end },
      sla: { ...settings.sla, default: policy, perTopic },
      reminders: { leadMinutes, patrolTimes: [...new Set(patrolTimes)].sort() },
    },
  };
}
