import type { Settings } from '@/utils/settings/types';
import type { LedgerEntry } from '@/utils/ledger/types';
import { ledgerCsv } from '@/utils/transfer/csv';
import { datedName, saveFile } from './download';
import { ledgerNames } from './ledger-names';

/** Saves entries as the office's 台账 sheet: .xlsx, or CSV that Excel opens (UTF-8 with BOM). */
export async function saveLedgerSheet(
  kind: 'xlsx' | 'csv',
  entries: LedgerEntry[],
  settings: Pick<Settings, 'topics' | 'sites'>,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const names = ledgerNames(settings);
  if (kind === 'csv') saveFile(ledgerCsv(entries, names), datedName('台账', 'csv'), 'text/csv');
  else {
    // The xlsx writer (about 130 KB) is loaded on the first .xlsx export, not with the dashboard.
    const { ledgerXlsx } = await import('@/utils/transfer/xlsx');
    saveFile(await ledgerXlsx(entries, names, { onProgress }), datedName('台账', 'xlsx'));
  }
}
