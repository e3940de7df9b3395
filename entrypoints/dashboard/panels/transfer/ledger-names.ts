import type { Settings } from '@/utils/settings/types';
import type { LedgerNames } from '@/utils/transfer/rows';
import { STATUS_NAMES } from '@/utils/ledger/status-names';
import { patternHost } from '@/utils/sites/origin-pattern';

/** Display names for the exported 台账: topic names, Chinese status names, site names. */
export function ledgerNames(settings: Pick<Settings, 'topics' | 'sites'>): LedgerNames {
  const sites: Record<string, string> = {};
  for (const site of settings.sites) {
    const host = patternHost(site.match);
    if (host && !host.includes('*')) sites[host] = site.name;
  }
  return { topics: Object.fromEntries(settings.topics.map((t) => [t.id, t.name])), statuses: STATUS_NAMES, sites };
}
