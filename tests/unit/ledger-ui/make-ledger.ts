import { LedgerDb } from '@/utils/ledger/db';
import type { LedgerEntry } from '@/utils/ledger/types';
import { newEntry, type CapturePayload } from '@/utils/ledger/capture';

let dbSerial = 0;

export function freshDb(): LedgerDb {
  return new LedgerDb(`test-ledger-ui-${Date.now()}-${dbSerial++}`);
}

/** A plain entry captured at `capturedAt` (Shanghai wall time `YYYY-MM-DD HH:MM`); override the rest. */
export function entry(n: number, capturedAt: string, overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  const site = overrides.site ?? 'bbs.daishan.cn';
  const at = `${capturedAt.replace(' ', 'T')}:00+08:00`;
  const post: CapturePayload = {
    key: `${site}/t${n}/p${n}`,
    site,
    tid: String(n),
    pid: String(n),
    title: `帖子 ${n}`,
    url: `https://${site}/forum.php?mod=viewthread&tid=${n}`,
    author: '岱山老百姓',
    authorUid: null,
    postedAt: null,
    excerpt: '',
    topics: [],
  };
  return { ...newEntry(post, at, null, null), ...overrides };
}
