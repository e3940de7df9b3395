// A tracked thread read again: from its last page, where a growing thread's new posts are.
import type { Settings } from '@/utils/settings/types';
import { ledgerDb } from '@/utils/ledger/db';
import { threadEntries } from '@/utils/ledger/queries';
import { changeEntry } from '@/utils/ledger/workflow';
import type { ThreadWatch } from '@/utils/watch/state';
import type { TrackedThread } from '@/utils/watch/tracked';
import { applyThreadSeen } from '../thread-seen';
import { readThreadInDom } from './read-in-dom';
import type { SiteRound } from './site-round';

/** Notes on each of the thread's entries, once, that the thread is gone. */
async function noteGone(site: string, tid: string, detail: string): Promise<void> {
  const db = ledgerDb();
  for (const entry of await threadEntries(db, site, tid)) {
    await changeEntry(db, entry.key, { now: new Date(), actor: '系统' }, (e) => ({ entry: e, event: { type: 'note', note: `后台监测：帖子已删除或无法访问（${detail}）` } }));
  }
}

/** Reads the thread (going on to its last page); `go` false when the site should not be asked again this round. */
export async function checkThread(round: SiteRound, thread: TrackedThread, watch: ThreadWatch, settings: Settings): Promise<{ go: boolean; watch: ThreadWatch }> {
  let url = watch.url;
  for (let hop = 0; hop < 2; hop++) {
    const fetched = await round.fetch(url);
    if (!fetched) return { go: false, watch };
    const page = await readThreadInDom(fetched, settings.sites);
    if (page.problem?.problem === 'gone') {
      await noteGone(thread.site, thread.tid, page.problem.detail);
      return { go: true, watch: { ...watch, gone: true, checkedAt: Date.now() } };
    }
    if (page.problem) {
      round.failed(page.problem);
      return { go: false, watch };
    }
    round.answered();
    await applyThreadSeen(thread.site, thread.tid, page.posts);
    watch = { ...watch, url, checkedAt: Date.now() };
    if (!page.lastPageUrl) break;
    url = page.lastPageUrl;
  }
  return { go: true, watch };
}
