import type { Settings } from '@/utils/settings/types';
import type { LedgerNames } from '@/utils/transfer/rows';
import { STATUS_ZH } from '@/utils/i18n/status-zh';

/** Display names for the exported 台账: topic names, Chinese status names, site names. */
export function ledgerNames(settings: Pick<Settings, 'topics' | 'sites'>): LedgerNames {
  return { topics: Object.fromEntries(settings.topics.map((t) => [t.id, t.name])), statuses: STATUS_ZH, sites: settings.sites };
}
