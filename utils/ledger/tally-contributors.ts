import { facetContributor, type Contributor } from './tally-cells';
import { statsContributor } from '../stats/stats-cells';

/** Everything the tallies count, for the middleware and for a rebuild. */
export const LEDGER_CONTRIBUTORS: readonly Contributor[] = [facetContributor, statsContributor];
