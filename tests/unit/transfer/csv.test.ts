import { describe, expect, it } from 'vitest';
import { STATUS_ZH } from '@/utils/i18n/status-zh';
import { csvCell, ledgerCsv } from '@/utils/transfer/csv';
import { LEDGER_COLUMNS, ledgerRows, type LedgerNames } from '@/utils/transfer/rows';
import { makeEntry, reply } from '../../support/entry';

const NAMES: LedgerNames = {
  topics: { road: '道路工程', housing: '商品房' },
  statuses: STATUS_ZH,
  sites: [{ name: '岱山论坛', match: 'https://bbs.daishan.cn/*' }],
};
const NOW = new Date('2026-03-10T00:00:00+08:00');

describe('ledger CSV', () => {
  it('starts with a BOM and the office header, with CRLF line ends', () => {
    const csv = ledgerCsv([], NAMES, NOW);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF序号,发现时间,来源,标题,链接,网民,涉及领域,预警级别,责任部门,状态,回复时间,回复链接,是否按时,备注\r\n');
  });

  it('writes Chinese topic, status and site names and Shanghai times', () => {
    const e = makeEntry({
      topics: ['road', 'housing'],
      capturedAt: '2026-03-02T01:05:00Z',
      status: 'replied',
      department: '城建科',
      dueAt: '2026-03-02T17:30:00+08:00',
      reply: reply('2026-03-02T10:00:00+08:00', { url: 'https://bbs.daishan.cn/p/9' }),
    });
    const [row] = ledgerRows([e], NAMES, NOW);
    expect(row).toEqual([
      1, '2026-03-02 09:05', '岱山论坛', e.title, e.url, '岱山老百姓', '道路工程、商品房', '一般', '城建科', '已回复',
      '2026-03-02 10:00', 'https://bbs.daishan.cn/p/9', '是', '',
    ]);
    expect(row).toHaveLength(LEDGER_COLUMNS.length);
  });

  it('says 登记前已回复 under 是否按时 when the staff reply was there before the capture', () => {
    const e = makeEntry({ capturedAt: '2026-03-02T09:00:00+08:00', status: 'replied', dueAt: '2026-03-02T17:30:00+08:00', reply: reply('2026-03-02T08:00:00+08:00') });
    expect(ledgerRows([e], NAMES, NOW)[0]![12]).toBe('登记前已回复');
  });

  it('names a site on another port or a subdomain by its site profile, and leaves an unknown site as stored', () => {
    const names: LedgerNames = {
      ...NAMES,
      sites: [
        { name: '岱山论坛（演示）', match: 'http://127.0.0.1/*' },
        { name: '岱山新闻网', match: 'https://*.daishan.cn/*' },
        { name: '岱山论坛', match: 'https://bbs.daishan.cn/*' },
      ],
    };
    const rows = ledgerRows(['127.0.0.1:8090', 'news.daishan.cn', 'bbs.daishan.cn', 'bbs.other.cn:8080'].map((site) => makeEntry({ site })), names, NOW);
    expect(rows.map((r) => r[2])).toEqual(['岱山论坛（演示）', '岱山新闻网', '岱山论坛', 'bbs.other.cn:8080']);
  });

  it('shows the site as stored when two profiles on its host have different names', () => {
    const names: LedgerNames = {
      ...NAMES,
      sites: [
        { name: '民生评论', match: 'https://www.daishan.cn/*' },
        { name: '公众留言', match: 'https://www.daishan.cn/*' },
      ],
    };
    expect(ledgerRows([makeEntry({ site: 'www.daishan.cn' })], names, NOW)[0]![2]).toBe('www.daishan.cn');
  });

  it('marks an unanswered entry past its due time as late and sums up escalations and fixes', () => {
    const e = makeEntry({
      status: 'escalated',
      dueAt: '2026-03-05T17:30:00+08:00',
      escalation: { at: '2026-03-02T10:00:00+08:00', memoNo: '2026-007', department: null, summary: '', instruction: '' },
      fixes: [
        { id: 'a', text: '补坑', dueAt: '2026-03-09T00:00:00+08:00', doneAt: '2026-03-08T00:00:00+08:00' },
        { id: 'b', text: '加装路灯', dueAt: '2026-03-20T00:00:00+08:00', doneAt: null },
      ],
    });
    const row = ledgerRows([e], NAMES, NOW)[0]!;
    expect(row[9]).toBe('已上报');
    expect(row[12]).toBe('否');
    expect(row[13]).toBe('已上报（抄告单 2026-007）；整改 2 项，已完成 1 项');
  });

  it('names each entry’s 预警级别: 紧急, 关注, and 一般 for an entry without a level', () => {
    const rows = ledgerRows([makeEntry({ level: 'urgent' }), makeEntry({ level: 'watch' }), makeEntry()], NAMES, NOW);
    const column = LEDGER_COLUMNS.indexOf('预警级别');
    expect(rows.map((r) => r[column])).toEqual(['紧急', '关注', '一般']);
    expect(ledgerCsv([makeEntry({ level: 'urgent', topics: ['road'] })], NAMES, NOW).split('\r\n')[1]).toContain(',道路工程,紧急,');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const e = makeEntry({ title: '路灯坏了，"几个月"没人修\n怎么办', topics: [] });
    const line = ledgerCsv([e], NAMES, NOW).split('\r\n')[1];
    expect(line).toContain(',"路灯坏了，""几个月""没人修\n怎么办",');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","点我")')).toBe(`"'=HYPERLINK(""http://evil"",""点我"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('普通标题 = 没问题')).toBe('普通标题 = 没问题');
    expect(csvCell(12)).toBe('12');
    const csv = ledgerCsv([makeEntry({ author: '=cmd|" /C calc"!A0' })], NAMES, NOW);
    expect(csv).toContain(`,"'=cmd|"" /C calc""!A0",`);
  });

  it('shows an unknown topic id or site as it is', () => {
    const row = ledgerRows([makeEntry({ topics: ['gone'], site: 'other.cn' })], NAMES, NOW)[0]!;
    expect(row[2]).toBe('other.cn');
    expect(row[6]).toBe('gone');
  });
});
