import { describe, expect, it } from 'vitest';
import { trackedThreads } from '@/utils/watch/tracked';
import { emptyWatchState, keepTracked, threadsToRead } from '@/utils/watch/state';
import { makeEntry, reply } from '../../support/entry';

const now = new Date('2026-12-01T10:00:00+08:00');

describe('which threads the watch reads', () => {
  it('open entries, and replied or closed ones for the set days after the reply, one read per thread', () => {
    const open = makeEntry({ status: 'assigned' });
    const sameThread = makeEntry({ site: open.site, tid: open.tid, key: `${open.site}/t${open.tid}/p9`, status: 'new' });
    const repliedRecently = makeEntry({ status: 'replied', reply: reply('2026-11-25T10:00:00+08:00') });
    const repliedLongAgo = makeEntry({ status: 'closed', reply: reply('2026-11-10T10:00:00+08:00') });
    const typedByHand = makeEntry({ status: 'new', url: '', tid: '' });
    const threads = trackedThreads([open, sameThread, repliedRecently, repliedLongAgo, typedByHand], now, 14);
    expect(threads.map((t) => t.tid)).toEqual([open.tid, repliedRecently.tid]);
    expect(trackedThreads([repliedRecently], now, 3)).toEqual([]);
  });

  it('least recently read first; a thread noted as gone is not read again; threads no longer tracked are forgotten', () => {
    const [a, b, c] = [makeEntry(), makeEntry(), makeEntry()];
    const tracked = trackedThreads([a, b, c], now, 14);
    const state = emptyWatchState();
    state.threads[`${a.site}/t${a.tid}`] = { url: a.url, checkedAt: 2000, gone: false };
    state.threads[`${b.site}/t${b.tid}`] = { url: b.url, checkedAt: 1000, gone: true };
    state.threads['bbs.daishan.cn/t1'] = { url: 'https://bbs.daishan.cn/forum.php?mod=viewthread&tid=1', checkedAt: 1, gone: false };
    expect(threadsToRead(tracked, state).map((t) => t.thread.tid)).toEqual([c.tid, a.tid]);
    expect(Object.keys(keepTracked(state, tracked, []).threads)).not.toContain('bbs.daishan.cn/t1');
  });
});
