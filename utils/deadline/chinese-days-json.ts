// The `chinese-days` package's data format (dist/chinese-days.json, dist/years/<year>.json):
// { "holidays": { "2027-01-01": "New Year's Day,元旦,1", … }, "workdays": { … }, "inLieuDays": { … } }.
// inLieuDays (调休 days off) are also listed under holidays, so only holidays and workdays count.
import { t } from '../i18n';
import type { FileDay } from './holiday-file';
import type { FileProblems } from './file-problems';
import { errorText } from '../error-text';

const LISTS = { holidays: 'off', workdays: 'work' } as const;
const KNOWN_FIELDS = new Set(['holidays', 'workdays', 'inLieuDays']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "Spring Festival,春节,4" → 春节; any other text as it is. */
function chineseName(value: string): string {
  const parts = value.split(',');
  return (parts.length === 3 ? parts[1]! : value).trim();
}

export function daysFromChineseDaysJson(text: string, problems: FileProblems): FileDay[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    problems.add(t('calFileBadJson', errorText(err)));
    return [];
  }
  if (!isPlainObject(parsed) || !isPlainObject(parsed.holidays) || !isPlainObject(parsed.workdays)) {
    problems.add(t('calFileShape'));
    return [];
  }
  for (const field of Object.keys(parsed)) if (!KNOWN_FIELDS.has(field)) problems.add(t('calFileUnknownField', field));
  if (parsed.inLieuDays !== undefined && !isPlainObject(parsed.inLieuDays)) problems.add(t('calFileShape'));

  const days: FileDay[] = [];
  for (const [list, kind] of Object.entries(LISTS)) {
    for (const [day, value] of Object.entries(parsed[list] as Record<string, unknown>)) {
      const where = list;
      if (typeof value !== 'string' || !value.trim()) problems.add(t('calFileBadName', where));
      else days.push({ day, kind, name: chineseName(value), where });
    }
  }
  return days;
}
