// Tallies: small rows of counters kept beside the ledger, so the table's counts and the
// statistics never read the whole ledger. Each entry contributes +1 to a few named
// counters in a few cells; a change subtracts the old entry's contributions and adds the
// new one's, so any writer keeps them exact.
import type { LedgerEntry } from './types';
import type { WarningLevel } from '../settings/types';
import { entryLevel } from './entry-level';

/** One row of the `tallies` table: counter name → count (zeros left out). */
export interface TallyRow {
  id: string;
  counts: Record<string, number>;
}

/** The `tallies` row that says the tallies were built from the whole ledger. */
export const TALLIES_READY = 'ready';

/** A counter an entry adds to (one, unless it says how much): its cell and the counter's name in it. */
export type Contribution = readonly [cell: string, counter: string, by?: number];

export type Contributor = (entry: LedgerEntry) => Contribution[];

export const SEP = '\t';
export const FACET_PREFIX = `f${SEP}`;
/** Counter of a facet cell that counts each entry once. */
export const ENTRY_COUNTER = '*';

export function facetCell(status: string, site: string, department: string | null, level: WarningLevel): string {
  return [FACET_PREFIX + status, site, department ?? '', level].join(SEP);
}

export const topicCounter = (topic: string) => `t${SEP}${topic}`;

/** Per status, site, department and level: the entries and, per topic, those that carry it. */
export const facetContributor: Contributor = (entry) => {
  const cell = facetCell(entry.status, entry.site, entry.department, entryLevel(entry));
  return [[cell, ENTRY_COUNTER], ...[...new Set(entry.topics)].map((t): Contribution => [cell, topicCounter(t)])];
};

/** cell → counter → change, for entries leaving (`sign` -1) and arriving (+1). */
export type TallyDelta = Map<string, Map<string, number>>;

export function addContributions(delta: TallyDelta, contributors: readonly Contributor[], entry: LedgerEntry, sign: 1 | -1): void {
  for (const contribute of contributors) {
    for (const [cell, counter, by = 1] of contribute(entry)) {
      let counters = delta.get(cell);
      if (!counters) delta.set(cell, (counters = new Map()));
      counters.set(counter, (counters.get(counter) ?? 0) + sign * by);
    }
  }
}

/** The rows after applying `delta` to `current` (by cell id); a row left with no counter is null (to delete). */
export function applyDelta(delta: TallyDelta, current: ReadonlyMap<string, TallyRow>): Map<string, TallyRow | null> {
  const out = new Map<string, TallyRow | null>();
  for (const [cell, changes] of delta) {
    const counts = { ...current.get(cell)?.counts };
    let changed = false;
    for (const [counter, by] of changes) {
      if (by === 0) continue;
      changed = true;
      const next = (counts[counter] ?? 0) + by;
      if (next === 0) delete counts[counter];
      else counts[counter] = next;
    }
    if (changed) out.set(cell, Object.keys(counts).length ? { id: cell, counts } : null);
  }
  return out;
}
