// Building blocks for the import schemas, each with its Chinese message.
import * as v from 'valibot';
import { toShanghaiISO } from '../time/shanghai';

export const text = (max: number) =>
  v.pipe(v.string('应为文本'), v.maxLength(max, `过长：最多 ${max} 个字符`));

export const nonEmptyText = (max: number) => v.pipe(text(max), v.minLength(1, '不能为空'));

export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, '应为数组'), v.maxLength(max, `过多：最多 ${max} 项`));

export const bool = () => v.boolean('应为 true 或 false');

export const int = (min: number, max: number) =>
  v.pipe(
    v.number('应为数字'),
    v.integer('应为整数'),
    v.minValue(min, `不能小于 ${min}`),
    v.maxValue(max, `不能大于 ${max}`),
  );

export const num = (min: number, max: number) =>
  v.pipe(v.number('应为数字'), v.finite('应为有限数字'), v.minValue(min, `不能小于 ${min}`), v.maxValue(max, `不能大于 ${max}`));

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

/** An instant in any zone, stored as Shanghai time (`…+08:00`): the ledger's indexes compare times as text. */
export const instant = () =>
  v.pipe(
    v.string('应为时间文本'),
    v.maxLength(40, '不是有效的时间'),
    v.check(isIsoInstant, '不是有效的 ISO 8601 时间（例如 2026-03-02T09:15:00+08:00）'),
    v.transform((s) => toShanghaiISO(new Date(s))),
  );

export const day = () =>
  v.pipe(
    v.string('应为日期文本'),
    v.check((s) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    }, '不是有效的日期（例如 2026-10-01）'),
  );

/** `HH:MM`, 00:00–23:59. */
export const clock = () =>
  v.pipe(v.string('应为时刻文本'), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, '不是有效的时刻（例如 09:00）'));

export const obj = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, '应为对象');

/** A list whose items must differ in `field`; a repeat is reported at its place with `message`. */
export function uniqueBy<K extends string, T extends v.GenericSchema<unknown, Record<K, string>>>(item: T, max: number, field: K, message: string) {
  return v.pipe(
    list(item, max),
    v.rawCheck<v.InferOutput<T>[]>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const seen = new Set<string>();
      dataset.value.forEach((entry, index) => {
        const value: string = entry[field];
        if (seen.has(value)) {
          addIssue({
            message,
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
