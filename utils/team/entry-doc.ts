// Ledger entries as documents of the shared 台账 (docs/team-sync.md): `entry:<key>` holding the
// entry's fields and its whole history, events without their local database id.
import * as v from 'valibot';
import { canonicalLine } from '../transfer/canonical-json';
import { entrySchema, eventSchema } from '../transfer/schema-ledger';
import type { EntryVersion } from '../ledger/merge-entry';
import type { LedgerEntry, LedgerEvent } from '../ledger/types';

export const ENTRY_PREFIX = 'entry:';

export type EntryDoc = LedgerEntry & { _id: string; _rev?: string; events: LedgerEvent[] };

export const entryDocId = (key: string) => `${ENTRY_PREFIX}${key}`;

export function toEntryDoc({ entry, events }: EntryVersion): EntryDoc {
  return { _id: entryDocId(entry.key), ...entry, events: events.map(({ id: _id, ...event }) => event) };
}

const pulledEvent = v.pipe(
  eventSchema,
  v.check((e) => e.uid !== undefined && e.seq !== undefined && e.device !== undefined, '处理记录缺少 uid、seq 或 device'),
);

/** The entry and history a server document holds; null when it is not a well-formed entry of its own key. */
export function fromEntryDoc(doc: unknown): EntryVersion | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const { _id, _rev: _r, _conflicts: _c, _revisions: _v, events, ...fields } = doc as Record<string, unknown>;
  const entry = v.safeParse(entrySchema, fields);
  if (!entry.success || _id !== entryDocId(entry.output.key) || !Array.isArray(events)) return null;
  const history: LedgerEvent[] = [];
  for (const raw of events) {
    const event = v.safeParse(pulledEvent, raw);
    if (!event.success || event.output.key !== entry.output.key) return null;
    history.push(event.output as LedgerEvent);
  }
  return { entry: entry.output, events: history };
}

/** Whether two versions hold the same entry and the same events, whatever the events' order. */
export function sameVersion(a: EntryVersion, b: EntryVersion): boolean {
  const lines = (x: EntryVersion) => x.events.map(({ id: _id, ...e }) => canonicalLine(e)).sort();
  const [la, lb] = [lines(a), lines(b)];
  return canonicalLine(a.entry) === canonicalLine(b.entry) && la.length === lb.length && la.every((line, i) => line === lb[i]);
}
