// Building blocks for the import schemas, each with its Chinese message.
import * as v from 'valibot';
import { safeHttpUrl } from '../links/safe-http-url';
import { FIELD_LABELS, type SelectorField } from '../sites/generic/fields';
import { selectorError } from '../sites/generic/query';
import { inLedgerYears, LEDGER_YEARS, toShanghaiISO } from '../time/shanghai';
import { MAX_MESSAGES } from './issues';
import { LIMITS } from './limits';
import { t, type MessageKey } from '../i18n';

/** A check's message, in the user's language when the check fails. */
export const say =
  (message: MessageKey, ...subs: (string | number)[]) =>
  (): string =>
    t(message, ...subs);

/**
 * Problems kept from one list: one more than are shown, so the message can say there are more.
 * The list stops being checked there; a small broken file would otherwise yield millions of them.
 */
const MAX_ISSUES = MAX_MESSAGES + 1;

export const text = (max: number) =>
  v.pipe(v.string(say('schemaText')), v.maxLength(max, say('schemaTooLong', max)));

export const nonEmptyText = (max: number) => v.pipe(text(max), v.minLength(1, say('schemaEmpty')));

/** `v.array` that stops checking items once `MAX_ISSUES` problems are found. */
function cappedArray<T extends v.GenericSchema>(item: T): v.ArraySchema<T, v.ErrorMessage<v.ArrayIssue>> {
  const schema = v.array(item, say('schemaArray'));
  return {
    ...schema,
    '~run'(dataset, config) {
      const input = dataset.value;
      if (!Array.isArray(input)) return schema['~run'].call(this, dataset, config);
      const value: unknown[] = [];
      const issues: v.BaseIssue<unknown>[] = [];
      let typed = true;
      for (let key = 0; key < input.length; key++) {
        const itemDataset = this.item['~run']({ value: input[key] }, config);
        if (!itemDataset.typed) typed = false;
        value.push(itemDataset.value);
        if (!itemDataset.issues) continue;
        const pathItem: v.ArrayPathItem = { type: 'array', origin: 'value', input, key, value: input[key] };
        for (const issue of itemDataset.issues) issues.push({ ...issue, path: [pathItem, ...(issue.path ?? [])] });
        if (issues.length >= MAX_ISSUES || config.abortEarly) {
          typed = false;
          break;
        }
      }
      return (issues.length ? { typed: false, value, issues } : { typed, value }) as ReturnType<typeof schema['~run']>;
    },
  };
}

export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(cappedArray(item), v.maxLength(max, say('schemaTooMany', max)));

export const bool = () => v.boolean(say('schemaBoolean'));

export const int = (min: number, max: number) =>
  v.pipe(
    v.number(say('schemaNumber')),
    v.integer(say('schemaInteger')),
    v.minValue(min, say('schemaMin', min)),
    v.maxValue(max, say('schemaMax', max)),
  );

export const num = (min: number, max: number) =>
  v.pipe(v.number(say('schemaNumber')), v.finite(say('schemaFinite')), v.minValue(min, say('schemaMin', min)), v.maxValue(max, say('schemaMax', max)));

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?(?:Z|[+-](\d{2}):(\d{2}))$/;

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** ISO 8601 instant with seconds and a zone, e.g. `2026-03-02T09:15:00+08:00`. */
export function isIsoInstant(s: string): boolean {
  const m = ISO_INSTANT.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se, oh, om] = m.slice(1).map((g) => Number(g ?? 0));
  return validDay(y!, mo!, d!) && h! < 24 && mi! < 60 && se! < 60 && oh! < 15 && om! < 60;
}

const YEARS_MESSAGE = say('schemaYears', LEDGER_YEARS.min, LEDGER_YEARS.max);

/**
 * An instant in any zone, stored as Shanghai time (`…+08:00`): the ledger's indexes compare times as text.
 * Only the ledger's years are taken, so every time written back has the same four-digit form.
 */
export const instant = () =>
  v.pipe(
    v.string(say('schemaTimeText')),
    v.maxLength(40, say('schemaTime')),
    v.check(isIsoInstant, say('schemaIsoTime')),
    v.transform((s) => new Date(s)),
    v.check((d: Date) => inLedgerYears(d), YEARS_MESSAGE),
    v.transform((d: Date) => toShanghaiISO(d)),
  );

export const day = () =>
  v.pipe(
    v.string(say('schemaDayText')),
    v.check((s) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    }, say('schemaDay')),
    v.check((s) => {
      const year = Number(s.slice(0, 4));
      return year >= LEDGER_YEARS.min && year <= LEDGER_YEARS.max;
    }, YEARS_MESSAGE),
  );

/** An http(s) address: anything else (`javascript:`, `data:`, a line break inside) is never opened or linked. */
export const httpUrl = () =>
  v.pipe(text(LIMITS.url), v.check((s) => safeHttpUrl(s) !== null, say('schemaUrl')));

/** A CSS selector as a site profile holds it: empty (not set), or one the browser can parse. */
const cssSelector = (field: SelectorField) =>
  v.pipe(
    text(LIMITS.selector),
    v.check((s) => !s.trim() || selectorError(s) === null, say('schemaSelector', FIELD_LABELS[field])),
  );

/** A site profile's selectors, checked alike in settings, backups and site-profile files. */
export const siteSelectors = () =>
  obj({
    post: cssSelector('post'),
    author: cssSelector('author'),
    time: cssSelector('time'),
    body: cssSelector('body'),
    title: cssSelector('title'),
    replyBox: cssSelector('replyBox'),
  });

/** `HH:MM`, 00:00–23:59. */
export const clock = () =>
  v.pipe(v.string(say('schemaClockText')), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, say('schemaClock')));

export const obj = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, say('schemaObject'));

/** A list whose items must differ in `field`; a repeat is reported at its place with `message`. */
export function uniqueBy<K extends string, T extends v.GenericSchema<unknown, Record<K, string>>>(item: T, max: number, field: K, message: MessageKey) {
  return v.pipe(
    list(item, max),
    v.rawCheck<v.InferOutput<T>[]>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const seen = new Set<string>();
      let repeats = 0;
      dataset.value.forEach((entry, index) => {
        const value: string = entry[field];
        if (seen.has(value) && ++repeats <= MAX_ISSUES) {
          addIssue({
            message: t(message),
            path: [
              { type: 'array', origin: 'value', input: dataset.value, key: index, value: entry },
              { type: 'object', origin: 'value', input: entry, key: field, value },
            ],
          });
        }
        seen.add(value);
      });
    }),
  );
}
