// Entries pulled from the team's server, written into the local ledger: each merged with the local
// copy (mergeEntry); where the merge holds more than the server's copy, the entry goes back into
// the outbox. A pulled event keeps its seq, so the entry's next local event orders after it.
import type { LedgerDb } from './db';
import { mergeEntry, type EntryVersion, type MergedEntry } from './merge-entry';
import type { LedgerEvent } from './types';
import { noteChange } from './outbox';
import { sameVersion } from '../team/entry-doc';

export interface PulledChange {
  merged: MergedEntry;
  /** The uids of the events this ledger held before. */
  knownUids: ReadonlySet<string>;
  /** The merge holds more than the server's copy: it went into the outbox. */
  sendBack: boolean;
}

/** Applies one batch in one transaction; returns the entries that changed here. */
export async function applyPulled(db: LedgerDb, pulled: readonly EntryVersion[], now: Date): Promise<PulledChange[]> {
  const keys = pulled.map((p) => p.entry.key);
  return db.transaction('rw', db.entries, db.events, db.outbox, async () => {
    const locals = await db.entries.bulkGet(keys);
    const localEvents = keys.length ? await db.events.where('key').anyOf(keys).toArray() : [];
    const eventsOf = new Map<string, LedgerEvent[]>();
    for (const event of localEvents) eventsOf.set(event.key, [...(eventsOf.get(event.key) ?? []), event]);
    const changes: PulledChange[] = [];
    for (const [i, remote] of pulled.entries()) {
      const entry = locals[i];
      const local: EntryVersion | null = entry ? { entry, events: eventsOf.get(entry.key) ?? [] } : null;
      const merged = local ? mergeEntry(local, remote, now) : { entry: remote.entry, events: [...remote.events] };
      if (local && sameVersion(local, merged)) continue;
      const knownUids = new Set((local?.events ?? []).map((e) => e.uid));
      changes.push({ merged, knownUids, sendBack: !sameVersion(merged, remote) });
    }
    await db.entries.bulkPut(changes.map((c) => c.merged.entry));
    await db.events.bulkAdd(changes.flatMap((c) => c.merged.events.filter((e) => !c.knownUids.has(e.uid))));
    for (const c of changes) if (c.sendBack) await noteChange(db, c.merged.entry.key, null, true);
    return changes;
  });
}
