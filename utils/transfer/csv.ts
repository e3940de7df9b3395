// CSV as Excel and WPS open it: UTF-8 with BOM, RFC 4180 quoting, CRLF.
import type { LedgerEntry } from '../ledger/types';
import { LEDGER_COLUMNS, ledgerRows, type LedgerNames } from './rows';

const BOM = '\uFEFF';

/** Cells starting like a formula are prefixed with `'` so a spreadsheet shows them as text. */
function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

export function ledgerCsv(entries: readonly LedgerEntry[], names: LedgerNames, now: Date = new Date()): string {
  const lines = [csvLine(LEDGER_COLUMNS), ...ledgerRows(entries, names, now).map(csvLine)];
  return BOM + lines.join('\r\n') + '\r\n';
}
