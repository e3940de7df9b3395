import type { LedgerEntry } from '@/utils/ledger/types';
import { newEntry, type CapturePayload } from '@/utils/ledger/capture';

let serial = 0;

/** A plain, valid ledger entry; override what the test is about. */
export function makeEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  const n = ++serial;
  const site = overrides.site ?? 'bbs.daishan.cn';
  const post: CapturePayload = {
    key: `${site}/t${1000 + n}/p${5000 + n}`,
    site,
    tid: String(1000 + n),
    pid: String(5000 + n),
    title: `五叉路口路面下沉 ${n}`,
    url: `https://${site}/forum.php?mod=viewthread&tid=${1000 + n}`,
    author: '岱山老百姓',
    authorUid: '88',
    postedAt: null,
    excerpt: '路口有个坑，晚上很危险。',
    topics: ['municipal'],
  };
  return { ...newEntry(post, '2026-03-02T09:00:00+08:00', null, null), ...overrides };
}

export function reply(at: string, overrides: Partial<NonNullable<LedgerEntry['reply']>> = {}): NonNullable<LedgerEntry['reply']> {
  return { at, author: '岱山建设', url: 'https://bbs.daishan.cn/forum.php?mod=redirect&pid=1', pid: '1', detected: true, ...overrides };
}
