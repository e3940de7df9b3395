// Strict schema of ledger entries and events in a backup file.
import * as v from 'valibot';
import { STATUSES, type LedgerEvent } from '../ledger/types';
import { LIMITS, MAX_ENTRIES, MAX_EVENTS } from './limits';
import { bool, httpUrl, instant, int, list, nonEmptyText, obj, text, say, uniqueBy } from './schema-parts';
import { t } from '../i18n';
import { legacyIdentifier } from '../ledger/legacy-events';
import { NO_ADDRESS_SITE } from '../ledger/manual-entry';

const URL_MESSAGE = say('schemaUrl');

const status = () => v.picklist(STATUSES, say('schemaStatus'));

// A record, so that the compiler notices an event type added to the contract.
const EVENT_TYPE_SET: Record<LedgerEvent['type'], true> = {
  capture: true,
  update: true,
  status: true,
  assign: true,
  note: true,
  fix: true,
  reply: true,
  followup: true,
  draft: true,
  approval: true,
  pause: true,
  resume: true,
};
export const EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as LedgerEvent['type'][];

const reply = obj({
  at: instant(),
  author: text(LIMITS.name),
  url: httpUrl(),
  pid: v.nullable(text(LIMITS.threadId)),
  // Optional here and below: entries stored before posts carried their place in the thread.
  order: v.optional(v.nullable(v.number())),
  firstAt: v.optional(instant()),
  detected: bool(),
});

const reception = obj({
  praise: int(0, Number.MAX_SAFE_INTEGER),
  latestPraise: v.nullable(obj({ at: instant(), author: text(LIMITS.name), text: text(LIMITS.note), url: v.union([v.literal(''), httpUrl()], URL_MESSAGE) })),
  pushback: int(0, Number.MAX_SAFE_INTEGER),
  lastPid: text(LIMITS.threadId),
  lastOrder: v.optional(v.nullable(v.number())),
  lastAt: v.nullable(instant()),
});

const fix = obj({
  id: nonEmptyText(LIMITS.id),
  text: text(LIMITS.fixText),
  dueAt: instant(),
  doneAt: v.nullable(instant()),
});

const escalation = obj({
  at: instant(),
  memoNo: text(LIMITS.memoNo),
  department: v.nullable(text(LIMITS.department)),
  summary: text(LIMITS.summary),
  instruction: text(LIMITS.summary),
});

const draft = obj({
  text: text(LIMITS.draft),
  savedAt: instant(),
  approvalRequestedAt: v.nullable(instant()),
  approvedBy: v.nullable(text(LIMITS.name)),
  approvedAt: v.nullable(instant()),
});

const entryFields = obj({
  key: nonEmptyText(LIMITS.key),
  site: nonEmptyText(LIMITS.site),
  tid: text(LIMITS.threadId),
  pid: text(LIMITS.threadId),
  order: v.optional(v.nullable(v.number())),
  title: text(LIMITS.title),
  url: v.union([v.literal(''), httpUrl()], URL_MESSAGE),
  author: text(LIMITS.name),
  authorUid: v.nullable(text(LIMITS.threadId)),
  postedAt: v.nullable(instant()),
  excerpt: text(LIMITS.excerpt),
  topics: list(nonEmptyText(LIMITS.id), LIMITS.topicsPerEntry),
  // Optional: absent for 一般, and in backups written before 舆情预警.
  level: v.optional(v.picklist(['watch', 'urgent'], say('schemaLevel'))),
  capturedAt: instant(),
  status: status(),
  dueAt: v.nullable(instant()),
  department: v.nullable(text(LIMITS.department)),
  reply: v.nullable(reply),
  newFollowUp: bool(),
  // Optional: backups written before it existed still import.
  reception: v.optional(reception),
  fixes: list(fix, LIMITS.fixes),
  escalation: v.nullable(escalation),
  draft: v.nullable(draft),
  pausedMs: int(0, Number.MAX_SAFE_INTEGER),
  pausedAt: v.nullable(instant()),
  updatedAt: instant(),
});

/** An entry's address is empty only when it was typed in by hand without one. */
export const entrySchema = v.pipe(
  entryFields,
  v.forward(v.check((e) => e.url !== '' || e.site === NO_ADDRESS_SITE, URL_MESSAGE), ['url']),
);

/**
 * Events carry no database id in a backup: ids are local to one browser. `uid`, `seq` and
 * `device` are optional so that files from before they existed still import.
 */
export const eventSchema = obj({
  key: nonEmptyText(LIMITS.key),
  uid: v.optional(nonEmptyText(LIMITS.id)),
  seq: v.optional(int(1, Number.MAX_SAFE_INTEGER)),
  device: v.optional(v.nullable(text(LIMITS.id))),
  at: instant(),
  actor: text(LIMITS.name),
  type: v.picklist(EVENT_TYPES, say('schemaEventType')),
  from: v.optional(status()),
  to: v.optional(status()),
  note: v.optional(text(LIMITS.note)),
});

/** Entries with unique keys. */
export const entriesSchema = uniqueBy(entrySchema, MAX_ENTRIES, 'key', 'schemaDuplicateKey');

/** Events, each with a uid (filled as the database upgrade fills them where the file has none), uids unique. */
export const eventsSchema = v.pipe(
  list(eventSchema, MAX_EVENTS),
  v.transform((events) => events.map(legacyIdentifier())),
  v.rawCheck<LedgerEvent[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.forEach((event, index) => {
      if (seen.has(event.uid)) {
        addIssue({
          message: t('schemaDuplicateUid', event.uid),
          path: [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: event }],
        });
      }
      seen.add(event.uid);
    });
  }),
);
