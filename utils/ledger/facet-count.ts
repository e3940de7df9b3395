// The ledger table's counts for status, topic, site, department and level filters, summed from
// the tallies' facet cells (a few hundred small rows) instead of counting entries.
import type { LedgerDb } from './db';
import type { LedgerFilter } from './ledger-query';
import { ENTRY_COUNTER, FACET_PREFIX, SEP, TALLIES_READY, topicCounter, type TallyRow } from './tally-cells';
import { OPEN_STATUSES, type Status } from './types';

export type FacetFilter = Pick<LedgerFilter, 'status' | 'topic' | 'site' | 'department' | 'level'>;

/** The facet cells, or null while the tallies are not built. */
export async function loadFacets(db: LedgerDb): Promise<TallyRow[] | null> {
  const [rows, ready] = await Promise.all([
    db.tallies.where('id').between(FACET_PREFIX, `${FACET_PREFIX}\uffff`).toArray(),
    db.tallies.get(TALLIES_READY),
  ]);
  return ready ? rows : null;
}

/** Entries matching the status, topic, site, department and level of `filter`. */
export function facetCount(facets: readonly TallyRow[], filter: FacetFilter): number {
  const statuses = filter.status === 'open' ? new Set<string>(OPEN_STATUSES) : filter.status ? new Set<Status>([filter.status]) : null;
  const counter = filter.topic ? topicCounter(filter.topic) : ENTRY_COUNTER;
  let total = 0;
  for (const row of facets) {
    const [status, site, department, level] = row.id.slice(FACET_PREFIX.length).split(SEP);
    if (statuses && !statuses.has(status!)) continue;
    if (filter.site && site !== filter.site) continue;
    if (filter.department && department !== filter.department) continue;
    if (filter.level && level !== filter.level) continue;
    total += row.counts[counter] ?? 0;
  }
  return total;
}

/** Whether the tallies alone give the filter's count (no dates, overdue or words). */
export const countedByFacets = (filter: LedgerFilter) => !filter.overdue && !filter.fromDay && !filter.toDay && !filter.search.trim();

/** The sites and departments that occur in the ledger, in text order. */
export function facetValues(facets: readonly TallyRow[]): { sites: string[]; departments: string[] } {
  const sites = new Set<string>();
  const departments = new Set<string>();
  for (const row of facets) {
    const [, site, department] = row.id.slice(FACET_PREFIX.length).split(SEP);
    sites.add(site!);
    if (department) departments.add(department);
  }
  return { sites: [...sites].sort(), departments: [...departments].sort() };
}
