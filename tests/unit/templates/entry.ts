import type { LedgerEntry } from '@/utils/ledger/types';
import { makeEntry } from '../../support/entry';

/** The captured 五叉路口 post on the demo forum the reply templates answer, due the same day, with 市政所; override what a test cares about. */
export function roadCollapseEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return makeEntry({
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
    capturedAt: '2026-11-24T08:41:24+08:00',
    dueAt: '2026-11-24T17:30:00+08:00',
    department: '市政所',
    ...overrides,
  });
}
