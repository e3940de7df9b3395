import type { Settings } from '@/utils/settings/types';
import type { LedgerNames } from '@/utils/transfer/rows';
import { STATUS_NAMES } from '@/utils/ledger/status-names';

/** Host of a site profile's match pattern, e.g. `https://news.example.cn/*` → `news.example.cn`. */
function hostOf(pattern: string): string | null {
  return /^[a-z*]+:\/\/([^/]+)/i.exec(pattern)?.[1] ?? null;
}

/** Display names for the exported 台账: topic names, Chinese status names, site names. */
export function ledgerNames(settings: Pick<Settings, 'topics' | 'sites'>): LedgerNames {
  const sites: Record<string, string> = {};
  for (const site of settings.sites) {
    const host = hostOf(site.match);
    if (host && !host.includes('*')) sites[host] = site.name;
  }
  return { topics: Object.fromEntries(settings.topics.map((t) => [t.id, t.name])), statuses: STATUS_NAMES, sites };
}
