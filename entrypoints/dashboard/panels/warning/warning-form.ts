// The 舆情预警 settings as the form edits them (text fields as typed), turned back into settings
// and checked with the import schema. Every problem comes back in words that name the list or
// period and the field, e.g. 「敏感时期「全国两会」· 开始日期：日期应为 MM-DD 或 YYYY-MM-DD」.
import * as v from 'valibot';
import type { RaisedLevel, SensitivePeriod, Settings, SlaPolicy, WarningList, WarningSettings } from '@/utils/settings/types';
import { settingsSchema } from '@/utils/transfer/schema-settings';
import { clockMinutes, clockText } from '@/utils/deadline/clock';
import { t, type MessageKey } from '@/utils/i18n';
import { formatWordList, parseWordList } from '../topics/word-list';
import { newId } from '@/utils/new-id';

export interface ListForm {
  id: string;
  name: string;
  level: RaisedLevel;
  words: string;
}

export interface PeriodForm {
  id: string;
  name: string;
  holidays: boolean;
  from: string;
  to: string;
  patrolTimes: string;
  /** '' keeps the usual value. */
  watchThreshold: string;
  firstResponseHours: string;
}

/** A level's own deadlines; '' means "as the topic's". */
export interface LevelSlaForm {
  firstResponseHours: string;
  escalationDays: string;
}

export interface WarningForm {
  lists: ListForm[];
  watchThreshold: string;
  notifyUrgent: boolean;
  periods: PeriodForm[];
  hotMinEntries: string;
  hotDays: string;
  perLevel: Record<RaisedLevel, LevelSlaForm>;
}

export const RAISED_LEVELS: RaisedLevel[] = ['watch', 'urgent'];

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function warningForm(settings: Settings): WarningForm {
  const w = settings.warning;
  const level = (l: RaisedLevel): LevelSlaForm => ({
    firstResponseHours: numberText(settings.sla.perLevel[l]?.firstResponseHours),
    escalationDays: numberText(settings.sla.perLevel[l]?.escalationDays),
  });
  return {
    lists: w.lists.map((l) => ({ id: l.id, name: l.name, level: l.level, words: formatWordList(l.words) })),
    watchThreshold: String(w.watchThreshold),
    notifyUrgent: w.notifyUrgent,
    periods: w.periods.map((p) => ({
      id: p.id,
      name: p.name,
      holidays: p.holidays,
      from: p.from,
      to: p.to,
      patrolTimes: p.patrolTimes.join(', '),
      watchThreshold: numberText(p.watchThreshold),
      firstResponseHours: numberText(p.firstResponseHours),
    })),
    hotMinEntries: String(w.hot.minEntries),
    hotDays: String(w.hot.days),
    perLevel: { watch: level('watch'), urgent: level('urgent') },
  };
}

export const newList = (): ListForm => ({ id: newId('warn'), name: '', level: 'watch', words: '' });

export const newPeriod = (): PeriodForm => ({
  id: newId('period'),
  name: '',
  holidays: false,
  from: '',
  to: '',
  patrolTimes: '',
  watchThreshold: '',
  firstResponseHours: '',
});

/** A number as typed; NaN for text that is not one, so the schema names the field. */
const number = (text: string) => (text.trim() === '' ? NaN : Number(text.trim()));
const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

/** `9:00` as `09:00`; anything else as typed, for the schema to refuse. */
function clock(text: string): string {
  try {
    return clockText(clockMinutes(text));
  } catch {
    return text.trim();
  }
}

export const parseClockList = (text: string) => [...new Set(text.split(/[,，、\s]+/).filter(Boolean).map(clock))].sort();

/** The lists as the matcher reads them (also for the preview while editing). */
export const formLists = (form: WarningForm): WarningList[] =>
  form.lists.map((l) => ({ id: l.id, name: l.name.trim(), level: l.level, words: parseWordList(l.words) }));

function formPeriod(p: PeriodForm): SensitivePeriod {
  return {
    id: p.id,
    name: p.name.trim(),
    holidays: p.holidays,
    // A holidays period has no dates of its own.
    from: p.holidays ? '' : p.from.trim(),
    to: p.holidays ? '' : p.to.trim(),
    patrolTimes: parseClockList(p.patrolTimes),
    watchThreshold: optionalNumber(p.watchThreshold),
    firstResponseHours: optionalNumber(p.firstResponseHours),
  };
}

function levelSla(own: Partial<SlaPolicy> | undefined, form: LevelSlaForm): Partial<SlaPolicy> {
  const { firstResponseHours: _h, escalationDays: _d, ...rest } = own ?? {};
  const out: Partial<SlaPolicy> = { ...rest };
  if (form.firstResponseHours.trim()) out.firstResponseHours = number(form.firstResponseHours);
  if (form.escalationDays.trim()) out.escalationDays = number(form.escalationDays);
  return out;
}

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'warnFieldName',
  level: 'warnFieldLevel',
  words: 'warnFieldWords',
  watchThreshold: 'warnFieldThreshold',
  from: 'warnFieldFrom',
  to: 'warnFieldTo',
  patrolTimes: 'warnFieldPatrol',
  firstResponseHours: 'warnFieldFirstResponse',
  escalationDays: 'warnFieldEscalation',
  minEntries: 'warnFieldHotEntries',
  days: 'warnFieldHotDays',
  lists: 'warnLists',
  periods: 'warnPeriods',
};

/** Where an issue is, in words: the list or period by its name (or its place), then the field. */
function place(keys: (string | number)[], warning: WarningSettings): string {
  const [section, index, field] = keys;
  const label = (key: unknown) => (typeof key === 'string' && FIELD_LABELS[key] ? t(FIELD_LABELS[key]) : null);
  if ((section === 'lists' || section === 'periods') && typeof index === 'number') {
    const named = section === 'lists' ? warning.lists[index]?.name : warning.periods[index]?.name;
    const whole = section === 'lists' ? t('warnListLabel', named || index + 1) : t('warnPeriodLabel', named || index + 1);
    const part = label(field);
    return part ? `${whole} · ${part}` : whole;
  }
  if (section === 'hot') return `${t('warnHot')} · ${label(index) ?? ''}`;
  return label(section) ?? String(section);
}

function levelPlace(keys: (string | number)[]): string {
  const [level, field] = keys;
  return `${t(level === 'urgent' ? 'entryLevelUrgent' : 'entryLevelWatch')} · ${t(FIELD_LABELS[String(field)] ?? 'warnDeadlines')}`;
}

const keysOf = (issue: v.BaseIssue<unknown>) => (issue.path ?? []).map((p) => p.key as string | number);

/** The settings with the form applied, or the problems that keep it from being saved. */
export function applyWarningForm(settings: Settings, form: WarningForm): { settings: Settings; problems: [] } | { settings: null; problems: string[] } {
  const warning: WarningSettings = {
    lists: formLists(form),
    watchThreshold: number(form.watchThreshold),
    notifyUrgent: form.notifyUrgent,
    periods: form.periods.map(formPeriod),
    hot: { minEntries: number(form.hotMinEntries), days: number(form.hotDays) },
  };
  const perLevel: Settings['sla']['perLevel'] = {};
  for (const level of RAISED_LEVELS) {
    const own = levelSla(settings.sla.perLevel[level], form.perLevel[level]);
    if (Object.keys(own).length) perLevel[level] = own;
  }
  const sla = { ...settings.sla, perLevel };

  const problems: string[] = [];
  warning.lists.forEach((l, i) => {
    if (l.words.length === 0) problems.push(t('warnListNoWords', l.name || i + 1));
  });
  const checkedWarning = v.safeParse(settingsSchema.entries.warning, warning);
  if (!checkedWarning.success) for (const issue of checkedWarning.issues) problems.push(`${place(keysOf(issue), warning)}：${issue.message}`);
  const checkedLevels = v.safeParse(settingsSchema.entries.sla.entries.perLevel, perLevel);
  if (!checkedLevels.success) for (const issue of checkedLevels.issues) problems.push(`${levelPlace(keysOf(issue))}：${issue.message}`);

  if (problems.length) return { settings: null, problems: [...new Set(problems)] };
  return { problems: [], settings: { ...settings, warning, sla } };
}
