// The ledger as an .xlsx workbook (one sheet, bold header, fixed widths).
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/browser';
import type { LedgerEntry } from '../ledger/types';
import { LEDGER_COLUMNS, LEDGER_COLUMN_WIDTHS, ledgerRow, type LedgerNames } from './rows';

export type ExportProgress = (done: number, total: number) => void;

export const XLSX_SHEET_NAME = '台账';
const CHUNK = 2000;

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function headerRow(): Row {
  return LEDGER_COLUMNS.map((text): Cell => ({ value: text, fontWeight: 'bold', align: 'center' }));
}

/**
 * Builds the sheet in chunks, yielding to the page between them so a large
 * ledger does not freeze it, and reports `(done, total)` rows after each one.
 */
export async function ledgerXlsx(
  entries: readonly LedgerEntry[],
  names: LedgerNames,
  options: { now?: Date; onProgress?: ExportProgress } = {},
): Promise<Blob> {
  const nowMs = (options.now ?? new Date()).getTime();
  const total = entries.length;
  const data: Row[] = [headerRow()];
  for (let start = 0; start < total; start += CHUNK) {
    const end = Math.min(start + CHUNK, total);
    for (let i = start; i < end; i++) data.push(ledgerRow(entries[i]!, i, names, nowMs));
    options.onProgress?.(end, total);
    if (end < total) await nextTick();
  }
  if (total === 0) options.onProgress?.(0, 0);
  return writeXlsxFile(data, {
    sheet: XLSX_SHEET_NAME,
    columns: LEDGER_COLUMN_WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob();
}
