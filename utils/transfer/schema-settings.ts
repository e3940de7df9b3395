// Strict schema of the settings (see utils/settings/types.ts).
import * as v from 'valibot';
import { LIMITS } from './limits';
import { defaultSettings } from '../settings/defaults';
import { safeHttpUrl } from '../links/safe-http-url';
import { checkOriginPattern } from '../sites/origin-pattern';
import { defaultReceptionWords } from '../reception/defaults';
import { boardKindsSchema, warningSchema } from './schema-warning';
import { DEFAULT_LEVEL_SLA } from '../warning/defaults';
import { bool, clock, day, int, list, nonEmptyText, num, obj, siteSelectors, text, say, uniqueBy } from './schema-parts';

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

const keywords = () => list(nonEmptyText(LIMITS.keyword), LIMITS.keywordsPerList);

/** A list of objects whose `id` must be unique. */
const uniqueList = <T extends v.GenericSchema<unknown, { id: string }>>(item: T, max: number) => uniqueBy(item, max, 'id', 'schemaDuplicateId');

const topic = obj({
  id: nonEmptyText(LIMITS.id),
  name: nonEmptyText(LIMITS.name),
  color: v.pipe(v.string(say('schemaText')), v.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, say('schemaColor'))),
  department: text(LIMITS.department),
  any: keywords(),
  all: keywords(),
  none: keywords(),
  weak: v.optional(keywords()),
  regex: list(
    v.pipe(nonEmptyText(LIMITS.regexSource), v.check(compiles, say('schemaRegex'))),
    LIMITS.keywordsPerList,
  ),
});

const staffMember = obj({
  id: nonEmptyText(LIMITS.id),
  person: text(LIMITS.name),
  department: text(LIMITS.department),
  phone: text(LIMITS.phone),
  accounts: list(
    obj({ site: nonEmptyText(LIMITS.site), name: nonEmptyText(LIMITS.name), uid: v.nullable(text(LIMITS.threadId)) }),
    LIMITS.accountsPerStaff,
  ),
  official: bool(),
});

const siteProfile = obj({
  id: nonEmptyText(LIMITS.id),
  name: text(LIMITS.name),
  match: v.pipe(
    nonEmptyText(LIMITS.pattern),
    v.check((pattern) => {
      const checked = checkOriginPattern(pattern);
      return checked.ok && checked.pattern === pattern;
    }, say('schemaMatch')),
  ),
  adapter: v.picklist(['discuz', 'generic'], say('schemaAdapter')),
  selectors: v.nullable(siteSelectors()),
  enabled: bool(),
});

const template = obj({
  id: nonEmptyText(LIMITS.id),
  name: text(LIMITS.name),
  topicId: v.nullable(nonEmptyText(LIMITS.id)),
  body: text(LIMITS.templateBody),
});

const slaFields = {
  cutoff: clock(),
  firstResponseHours: num(0, 24 * 30),
  escalationDays: int(1, 30),
  restartOnFollowUp: bool(),
  requireApproval: bool(),
};

/** Board lists one user may watch for new threads. */
const WATCHED_BOARDS = 50;

export const settingsSchema = obj({
  version: v.literal(1, say('schemaSettingsVersion')),
  user: obj({ name: text(LIMITS.name), department: text(LIMITS.department) }),
  // Optional: settings files written before it existed still import, as 'office'.
  badgeScope: v.optional(v.picklist(['mine', 'department', 'office'], say('schemaBadgeScope')), 'office'),
  topics: uniqueList(topic, LIMITS.topics),
  staff: uniqueList(staffMember, LIMITS.staff),
  sites: uniqueList(siteProfile, LIMITS.sites),
  templates: uniqueList(template, LIMITS.templates),
  officialese: list(nonEmptyText(LIMITS.keyword), LIMITS.officialese),
  // Optional: settings files written before it existed still import, with the default words.
  reception: v.optional(obj({ praise: keywords(), pushback: keywords() }), defaultReceptionWords),
  calendar: obj({ extraHolidays: list(day(), LIMITS.calendarDays), extraWorkdays: list(day(), LIMITS.calendarDays) }),
  sla: obj({
    default: obj(slaFields),
    perTopic: v.pipe(
      v.record(nonEmptyText(LIMITS.id), v.partial(obj(slaFields)), say('schemaObject')),
      v.maxEntries(LIMITS.topics, say('schemaTooMany', LIMITS.topics)),
    ),
    // Optional: settings files written before 舆情预警 still import, with 紧急's 2 working hours.
    perLevel: v.optional(
      v.strictObject({ watch: v.optional(v.partial(obj(slaFields))), urgent: v.optional(v.partial(obj(slaFields))) }, say('schemaWatchUrgent')),
      () => structuredClone(DEFAULT_LEVEL_SLA),
    ),
  }),
  workingHours: obj({ start: clock(), end: clock() }),
  reminders: obj({ patrolTimes: list(clock(), LIMITS.patrolTimes), leadMinutes: int(0, 24 * 60) }),
  // Optional: settings files written before the background watch still import, with its defaults.
  watch: v.optional(
    obj({
      intervalMinutes: int(5, 24 * 60),
      start: clock(),
      end: clock(),
      anyTime: bool(),
      daysAfterReply: int(0, 365),
      boards: v.optional(list(v.pipe(nonEmptyText(LIMITS.url), v.check((url) => safeHttpUrl(url) === url, say('schemaHttpUrl'))), WATCHED_BOARDS), []),
      boardKinds: boardKindsSchema,
    }),
    () => defaultSettings().watch,
  ),
  warning: warningSchema,
});
