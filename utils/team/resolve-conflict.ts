// A document with conflicting revisions becomes one: every revision merged with mergeEntry onto
// the winning revision, the losing revisions then written as tombstones that keep the merged
// history and name the revision they were merged into (team/validate-doc-update.js accepts these).
import { mergeEntry, type EntryVersion } from '../ledger/merge-entry';
import { toEntryDoc, type EntryDoc } from './entry-doc';

export interface Revision {
  rev: string;
  version: EntryVersion;
}

export interface Tombstone extends EntryDoc {
  _rev: string;
  _deleted: true;
  mergedInto: string;
}

/** The merged document, to be written on the winning revision. */
export function mergedRevisions(winner: Revision, losers: readonly Revision[], now: Date): EntryDoc & { _rev: string } {
  const merged = losers.reduce<EntryVersion>((held, loser) => mergeEntry(held, loser.version, now), winner.version);
  return { ...toEntryDoc(merged), _rev: winner.rev };
}

/** The losing revisions' tombstones, once the merged document was written as `mergedRev`. */
export function losersTombstones(merged: EntryDoc, mergedRev: string, losers: readonly Revision[]): Tombstone[] {
  const { _rev: _ignored, ...body } = merged;
  return losers.map((loser) => ({ ...body, _rev: loser.rev, _deleted: true, mergedInto: mergedRev }));
}
