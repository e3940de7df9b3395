// Strict schema of the 舆情预警 settings and the per-level deadlines (see utils/settings/types.ts).
import * as v from 'valibot';
import { LIMITS } from './limits';
import { bool, clock, int, list, nonEmptyText, num, obj, say, uniqueBy } from './schema-parts';
import { defaultWarningSettings } from '../warning/defaults';

const LEVELS_RAISED = ['watch', 'urgent'] as const;
/** Warning lists and sensitive periods an office may keep. */
const WARNING_LISTS = 20;
const PERIODS = 50;

const raisedLevel = () => v.picklist(LEVELS_RAISED, say('schemaRaisedLevel'));

const warningList = obj({
  id: nonEmptyText(LIMITS.id),
  name: nonEmptyText(LIMITS.name),
  level: raisedLevel(),
  words: list(nonEmptyText(LIMITS.keyword), LIMITS.keywordsPerList),
});

/** 'MM-DD' (every year) or 'YYYY-MM-DD' (once), a real day of the calendar. */
function isPeriodDay(s: string): boolean {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const year = m[1] ? Number(m[1]) : 2024; // a leap year, so that 02-29 is allowed every year
  const t = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3])));
  return t.getUTCMonth() === Number(m[2]) - 1 && t.getUTCDate() === Number(m[3]);
}

const periodDay = () => v.pipe(v.string(say('schemaText')), v.check((s) => s === '' || isPeriodDay(s), say('schemaPeriodDay')));

const period = v.pipe(
  obj({
    id: nonEmptyText(LIMITS.id),
    name: nonEmptyText(LIMITS.name),
    from: periodDay(),
    to: periodDay(),
    holidays: bool(),
    patrolTimes: list(clock(), LIMITS.patrolTimes),
    // 0: every match is 关注 while the period lasts.
    watchThreshold: v.nullable(int(0, 20)),
    firstResponseHours: v.nullable(num(0.5, 24 * 30)),
  }),
  v.check((p) => p.holidays || (p.from !== '' && p.to !== '' && (p.from.length === 5) === (p.to.length === 5)), say('schemaPeriodDays')),
  v.check((p) => p.holidays || p.from.length === 5 || p.from <= p.to, say('schemaPeriodOrder')),
);

// Optional: settings files written before 舆情预警 still import, with its defaults.
export const warningSchema = v.optional(
  obj({
    lists: uniqueBy(warningList, WARNING_LISTS, 'id', 'schemaDuplicateId'),
    watchThreshold: int(1, 20),
    notifyUrgent: bool(),
    periods: uniqueBy(period, PERIODS, 'id', 'schemaDuplicateId'),
    hot: obj({ minEntries: int(2, 50), days: int(1, 30) }),
  }),
  defaultWarningSettings,
);

/** Board address → 'nearby' (周边) or 'trade' (同行业). */
export const boardKindsSchema = v.optional(
  v.pipe(
    v.record(nonEmptyText(LIMITS.url), v.picklist(['nearby', 'trade'], say('schemaBoardKind')), say('schemaObject')),
    v.maxEntries(50, say('schemaTooMany', 50)),
  ),
  {},
);
