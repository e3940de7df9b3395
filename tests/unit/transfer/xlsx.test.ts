import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { STATUS_ZH } from '@/utils/i18n/status-zh';
import { LEDGER_COLUMNS, ledgerRows } from '@/utils/transfer/rows';
import { ledgerXlsx } from '@/utils/transfer/xlsx';
import { makeEntry, reply } from '../../support/entry';

const NAMES = { topics: { municipal: '市政维护' }, statuses: STATUS_ZH };
const NOW = new Date('2026-03-10T00:00:00+08:00');

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('ledger XLSX', () => {
  it('reads back with the office header and the same cells as the CSV rows', async () => {
    const entries = [
      makeEntry({ title: '=1+1 不是公式', status: 'replied', reply: reply('2026-03-02T10:00:00+08:00'), dueAt: '2026-03-02T17:30:00+08:00' }),
      makeEntry({ title: '<img src=x onerror=alert(1)>', status: 'new', level: 'urgent' }),
    ];
    const blob = await ledgerXlsx(entries, NAMES, { now: NOW });
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await readSheet(Buffer.from(await bytes(blob)));
    expect(sheet[0]).toEqual([...LEDGER_COLUMNS]);
    const rows = ledgerRows(entries, NAMES, NOW);
    // empty cells read back as null
    expect(sheet.slice(1)).toEqual(rows.map((r) => r.map((c) => (c === '' ? null : c))));
    expect(sheet[1]?.[3]).toBe('=1+1 不是公式');
    const level = LEDGER_COLUMNS.indexOf('预警级别');
    expect([sheet[1]?.[level], sheet[2]?.[level]]).toEqual(['一般', '紧急']);
  });

  it('makes the header bold and sets column widths', async () => {
    const files = unzipSync(await bytes(await ledgerXlsx([makeEntry()], NAMES, { now: NOW })));
    const file = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    const styles = file('xl/styles.xml');
    const sheetXml = file('xl/worksheets/sheet1.xml');
    expect(styles).toMatch(/<b\s*\/>/);
    expect(sheetXml).toMatch(/<col [^>]*width="40"/);
    const workbook = file('xl/workbook.xml');
    expect(workbook).toContain('name="台账"');
  });

  it('reports progress in chunks up to the total', async () => {
    const entries = Array.from({ length: 4500 }, () => makeEntry());
    const calls: [number, number][] = [];
    const blob = await ledgerXlsx(entries, NAMES, { now: NOW, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [2000, 4500],
      [4000, 4500],
      [4500, 4500],
    ]);
    const sheet = await readSheet(Buffer.from(await bytes(blob)));
    expect(sheet).toHaveLength(4501);
    expect(sheet[4500]?.[0]).toBe(4500);
  });
});
