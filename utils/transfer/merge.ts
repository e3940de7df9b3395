// Merges a colleague's ledger into ours. Pure: the caller writes the result
// in one database transaction.
import type { LedgerEntry, LedgerEvent } from '../ledger/types';
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

export interface MergeResult {
  /** The whole merged ledger: ours in our order (replaced where theirs won), then the new ones. */
  entries: LedgerEntry[];
  /** Our events (ids kept) followed by the colleague's events we did not have (without ids). */
  events: LedgerEvent[];
  /** Entries to write: the added and the updated ones. */
  changedEntries: LedgerEntry[];
  /** Events to add. */
  addedEvents: LedgerEvent[];
  summary: MergeSummary;
}

function eventIdentity(e: LedgerEvent): string {
  return JSON.stringify([e.key, Date.parse(e.at), e.type, e.from ?? null, e.to ?? null, e.actor, e.note ?? null]);
}

/** Time of the latest event per entry key. */
function latestEventTimes(events: readonly LedgerEvent[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const e of events) {
    const t = Date.parse(e.at);
    if (!(t <= (latest.get(e.key) ?? -Infinity))) latest.set(e.key, t);
  }
  return latest;
}

/** Latest event time, then `updatedAt`, as a sortable pair. */
function activity(entry: LedgerEntry, latest: Map<string, number>): [number, number] {
  const updated = Date.parse(entry.updatedAt);
  return [latest.get(entry.key) ?? updated, updated];
}

/** True when `a` is strictly newer than `b`. */
const newer = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

/**
 * Entries are matched by key. Where both sides hold an entry, the one whose
 * latest event is newer wins (its status, reply, deadline… are what that
 * event left); on a tie the later `updatedAt` wins, then ours. What only the
 * other side recorded is kept: promised fixes, an escalation, a reply, a newer
 * draft.
 * Events are unioned: an event is the same when key, time, type, from, to,
 * actor and note are all equal.
 */
/** The winner's fields, plus what only the other side recorded. */
function combine(winner: LedgerEntry, other: LedgerEntry): LedgerEntry {
  const fixes = new Map(other.fixes.map((f) => [f.id, f]));
  for (const f of winner.fixes) {
    const theirs = fixes.get(f.id);
    fixes.set(f.id, { ...f, doneAt: f.doneAt ?? theirs?.doneAt ?? null });
  }
  const draft = winner.draft && other.draft ? (winner.draft.savedAt >= other.draft.savedAt ? winner.draft : other.draft) : (winner.draft ?? other.draft);
  return {
    ...winner,
    fixes: [...fixes.values()],
    escalation: winner.escalation ?? other.escalation,
    reply: winner.reply ?? other.reply,
    draft,
  };
}

export function mergeLedgers(ours: LedgerData, theirs: LedgerData): MergeResult {
  const oursLatest = latestEventTimes(ours.events);
  const theirsLatest = latestEventTimes(theirs.events);

  // The colleague's own duplicates collapse to their newest copy.
  const incoming = new Map<string, LedgerEntry>();
  for (const e of theirs.entries) {
    const prev = incoming.get(e.key);
    if (!prev || newer(activity(e, theirsLatest), activity(prev, theirsLatest))) incoming.set(e.key, e);
  }

  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, events_added: 0 };
  const replaced = new Map<string, LedgerEntry>();
  const added: LedgerEntry[] = [];
  const oursByKey = new Map(ours.entries.map((e) => [e.key, e]));
  for (const [key, mine] of incoming) {
    const current = oursByKey.get(key);
    if (!current) {
      added.push(mine);
      summary.added++;
    } else {
      const merged = newer(activity(mine, theirsLatest), activity(current, oursLatest)) ? combine(mine, current) : combine(current, mine);
      if (canonicalLine(merged) !== canonicalLine(current)) {
        replaced.set(key, merged);
        summary.updated++;
      } else {
        summary.unchanged++;
      }
    }
  }

  const seen = new Set(ours.events.map(eventIdentity));
  const addedEvents: LedgerEvent[] = [];
  for (const e of theirs.events) {
    const id = eventIdentity(e);
    if (seen.has(id)) continue;
    seen.add(id);
    const { id: _dbId, ...event } = e;
    addedEvents.push(event);
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
