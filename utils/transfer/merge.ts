// Merges a colleague's ledger into ours. Pure: the caller writes the result
// in one database transaction.
import type { LedgerEntry, LedgerEvent } from '../ledger/types';
import { mergeEntry, type EntryVersion } from '../ledger/merge-entry';
import { formatMemoNo, parseMemoNo, renumberNote } from '../ledger/memo-number';
import { derivedUid } from '../ledger/legacy-events';
import { toShanghaiISO } from '../time/shanghai';
import { canonicalLine } from './canonical-json';

export interface LedgerData {
  entries: readonly LedgerEntry[];
  events: readonly LedgerEvent[];
}

/** Counts over the colleague's entries: added + updated + unchanged = their distinct entries. */
export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
  events_added: number;
}

export interface MergeOptions {
  /** Times more than a day after this are not trusted; renumbering notes are dated now. */
  now?: Date;
  /** This browser's device id, recorded on the events the merge writes. */
  device?: string | null;
  /** 抄告单 numbers used in our whole ledger (number → entry key) when `ours` holds only part of it. */
  memoHolders?: ReadonlyMap<string, string>;
}

export interface MergeResult {
  /** The whole merged ledger: ours in our order (replaced where the merge changed them), then the new ones. */
  entries: LedgerEntry[];
  /** Our events (ids kept) followed by the events we did not have (without ids). */
  events: LedgerEvent[];
  /** Entries to write: the added and the updated ones. */
  changedEntries: LedgerEntry[];
  /** Events to add. */
  addedEvents: LedgerEvent[];
  summary: MergeSummary;
}

interface Outcome {
  key: string;
  ours: LedgerEntry | undefined;
  entry: LedgerEntry | null;
  events: LedgerEvent[];
}

function byKey<T extends { key: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.key);
    if (group) group.push(item);
    else groups.set(item.key, [item]);
  }
  return groups;
}

/** Their copies of one entry (a file should hold one) merged into one version. */
function incomingVersion(entries: readonly LedgerEntry[], events: readonly LedgerEvent[], now: Date): EntryVersion | null {
  const [first, ...more] = entries;
  if (!first) return null;
  return more.reduce<EntryVersion>((merged, entry) => mergeEntry(merged, { entry, events }, now), { entry: first, events });
}

function withoutId({ id: _id, ...event }: LedgerEvent): LedgerEvent {
  return event;
}

function nextFreeMemoNo(holders: ReadonlyMap<string, string>, year: number): string {
  let highest = 0;
  for (const memoNo of holders.keys()) {
    const parsed = parseMemoNo(memoNo);
    if (parsed?.year === year) highest = Math.max(highest, parsed.sequence);
  }
  return formatMemoNo(year, highest + 1);
}

/**
 * An incoming 抄告单 number already used by a different entry of ours gets the next free number of
 * its year, and a note in the entry's history records the change. Numbers our entries keep are
 * claimed first, so it is the incoming entry that is renumbered.
 */
function renumberClashingMemos(outcomes: Outcome[], ours: LedgerData, options: MergeOptions, now: Date): void {
  const holders = new Map(options.memoHolders ?? ours.entries.flatMap((e) => (e.escalation ? [[e.escalation.memoNo, e.key] as const] : [])));
  const merging = new Set(outcomes.map((o) => o.key));
  for (const [memoNo, key] of holders) if (merging.has(key)) holders.delete(memoNo);
  const keepsOurs = (o: Outcome) => o.ours?.escalation?.memoNo === o.entry?.escalation?.memoNo;
  for (const outcome of [...outcomes.filter(keepsOurs), ...outcomes.filter((o) => !keepsOurs(o))]) {
    const escalation = outcome.entry?.escalation;
    if (!outcome.entry || !escalation) continue;
    const holder = holders.get(escalation.memoNo);
    const year = parseMemoNo(escalation.memoNo)?.year;
    // A number that is not a year's serial (typed by hand) has no next number: it is left as it is.
    if (holder === undefined || holder === outcome.key || year === undefined) {
      holders.set(escalation.memoNo, outcome.key);
      continue;
    }
    const next = nextFreeMemoNo(holders, year);
    holders.set(next, outcome.key);
    outcome.entry = { ...outcome.entry, escalation: { ...escalation, memoNo: next } };
    outcome.events.push({
      key: outcome.key,
      uid: derivedUid('renumber', [outcome.key, escalation.memoNo, next]),
      seq: outcome.events.reduce((highest, e) => Math.max(highest, e.seq), 0) + 1,
      device: options.device ?? null,
      at: toShanghaiISO(now),
      actor: '系统',
      type: 'note',
      note: renumberNote(escalation.memoNo, next),
    });
  }
}

/**
 * Entries are matched by key and merged by `mergeEntry` (their histories united by uid, the status
 * replayed, fields merged field by field); entries only they have are added; events only they
 * have are added, also for keys without an entry.
 */
export function mergeLedgers(ours: LedgerData, theirs: LedgerData, options: MergeOptions = {}): MergeResult {
  const now = options.now ?? new Date();
  const oursByKey = new Map(ours.entries.map((e) => [e.key, e]));
  const ourEvents = byKey(ours.events);
  const theirEvents = byKey(theirs.events);
  const theirEntries = byKey(theirs.entries);
  const keys = [...new Set([...theirEntries.keys(), ...theirEvents.keys()])].sort();

  const outcomes: Outcome[] = keys.map((key) => {
    const mine = oursByKey.get(key);
    const incoming = incomingVersion(theirEntries.get(key) ?? [], theirEvents.get(key) ?? [], now);
    if (!incoming) return { key, ours: mine, entry: null, events: (theirEvents.get(key) ?? []).map(withoutId) };
    if (!mine) return { key, ours: mine, entry: incoming.entry, events: incoming.events.map(withoutId) };
    const merged = mergeEntry({ entry: mine, events: ourEvents.get(key) ?? [] }, incoming, now);
    return { key, ours: mine, ...merged };
  });
  renumberClashingMemos(outcomes, ours, options, now);

  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, events_added: 0 };
  const replaced = new Map<string, LedgerEntry>();
  const added: LedgerEntry[] = [];
  const known = new Set(ours.events.map((e) => e.uid));
  const addedEvents: LedgerEvent[] = [];
  for (const { key, ours: mine, entry, events } of outcomes) {
    for (const event of events) {
      if (known.has(event.uid)) continue;
      known.add(event.uid);
      addedEvents.push(event);
    }
    if (!entry) continue;
    if (!mine) {
      added.push(entry);
      summary.added++;
    } else if (canonicalLine(entry) !== canonicalLine(mine)) {
      replaced.set(key, entry);
      summary.updated++;
    } else {
      summary.unchanged++;
    }
  }
  summary.events_added = addedEvents.length;

  return {
    entries: [...ours.entries.map((e) => replaced.get(e.key) ?? e), ...added],
    events: [...ours.events, ...addedEvents],
    changedEntries: [...replaced.values(), ...added],
    addedEvents,
    summary,
  };
}
