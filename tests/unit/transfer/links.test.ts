import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from '@/utils/transfer/backup';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import { makeEntry, reply } from '../../support/entry';
import { sampleSettings } from './fixtures';

const HOSTILE = [
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'chrome://settings',
  'https://bbs.daishan.cn/t/1\n办理时限：无',
  'https://bbs.daishan.cn/t/\t1',
  ' https://bbs.daishan.cn/t/1',
  '帖子链接',
  '',
];

function backupWith(change: (entry: Record<string, any>) => void): string {
  const doc = JSON.parse(
    exportBackup({ settings: sampleSettings(), entries: [makeEntry({ reply: reply('2026-03-02T11:00:00+08:00') })], events: [], exportedAt: '2026-03-10T18:00:00+08:00' }),
  );
  change(doc.entries[0]);
  return JSON.stringify(doc);
}

describe('links in imported entries', () => {
  it('refuses entry and reply links that are not plain http(s) addresses', () => {
    for (const url of HOSTILE) {
      for (const [field, change] of [
        ['entries[0].url', (e: Record<string, any>) => (e.url = url)],
        ['entries[0].reply.url', (e: Record<string, any>) => (e.reply.url = url)],
      ] as const) {
        const result = parseBackup(backupWith(change));
        expect(result.ok, `${field} = ${JSON.stringify(url)}`).toBe(false);
        if (!result.ok) expect(result.errors).toEqual([`${field}: 链接应为以 http:// 或 https:// 开头的网址`]);
      }
    }
  });

  it('keeps http and https links exactly as written', () => {
    const result = parseBackup(backupWith((e) => (e.url = 'http://127.0.0.1:8090/forum.php?mod=viewthread&tid=7#pid70')));
    expect(result.ok && result.data.entries[0]!.url).toBe('http://127.0.0.1:8090/forum.php?mod=viewthread&tid=7#pid70');
  });
});

describe('safeHttpUrl', () => {
  it('gives back http(s) addresses and nothing else', () => {
    expect(safeHttpUrl('https://bbs.daishan.cn/forum.php?tid=1')).toBe('https://bbs.daishan.cn/forum.php?tid=1');
    for (const url of HOSTILE) expect(safeHttpUrl(url), JSON.stringify(url)).toBeNull();
  });
});
