import type { LedgerEntry } from '@/utils/ledger/types';
import { newEntry, type CapturePayload } from '@/utils/ledger/capture';

/** A captured post as the ledger stores it; override what a test cares about. */
export function makeEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  const post: CapturePayload = {
    key: '127.0.0.1:8080/t42/p301',
    site: '127.0.0.1:8080',
    tid: '42',
    pid: '301',
    title: '五叉路口  路面塌陷，晚上很危险',
    url: 'http://127.0.0.1:8080/forum.php?mod=redirect&goto=findpost&ptid=42&pid=301',
    author: '岱山老街坊',
    authorUid: '1088',
    postedAt: '2026-11-23T21:05:00+08:00',
    excerpt: '五叉路口往东那段路面塌了一块',
    topics: ['municipal_maintenance'],
  };
  return { ...newEntry(post, '2026-11-24T08:41:24+08:00', '2026-11-24T17:30:00+08:00', '市政所'), ...overrides };
}
