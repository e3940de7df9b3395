// The one factory for ledger entries in tests: a captured post as the ledger stores it.
import type { LedgerEntry } from '../../utils/ledger/types';
import { newEntry } from '../../utils/ledger/capture';

let serial = 0;

/**
 * A plain, valid entry, captured on 2 March 2026 09:00 with no deadline and no department; each
 * call numbers a new thread and post (so keys differ) unless `tid`, `pid` or `key` are given.
 * Override what the test is about; `capturedAt` is also the entry's `updatedAt` unless given.
 */
export function makeEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  const n = ++serial;
  const site = overrides.site ?? 'bbs.daishan.cn';
  const tid = overrides.tid ?? String(1000 + n);
  const pid = overrides.pid ?? String(5000 + n);
  const post = {
    key: `${site}/t${tid}/p${pid}`,
    site,
    tid,
    pid,
    title: `五叉路口路面下沉 ${n}`,
    url: `https://${site}/forum.php?mod=viewthread&tid=${tid}`,
    author: '岱山老百姓',
    authorUid: '88',
    postedAt: null,
    excerpt: '路口有个坑，晚上很危险。',
    topics: ['municipal'],
  };
  return { ...newEntry(post, overrides.capturedAt ?? '2026-03-02T09:00:00+08:00', null, null), ...overrides };
}

/** Entry `n` (thread and post `n`, titled 帖子 n, no text, no topics) captured at `capturedAt`, Shanghai wall time `YYYY-MM-DD HH:MM`. */
export function numberedEntry(n: number, capturedAt: string, overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  const at = `${capturedAt.replace(' ', 'T')}:00+08:00`;
  return makeEntry({ tid: String(n), pid: String(n), title: `帖子 ${n}`, authorUid: null, excerpt: '', topics: [], capturedAt: at, ...overrides });
}

/** A staff reply found at `at`. */
export function reply(at: string, overrides: Partial<NonNullable<LedgerEntry['reply']>> = {}): NonNullable<LedgerEntry['reply']> {
  return { at, author: '岱山建设', url: 'https://bbs.daishan.cn/forum.php?mod=redirect&pid=1', pid: '1', detected: true, ...overrides };
}
