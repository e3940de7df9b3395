import type { SeenPost } from '@/utils/messages';
import { ledgerDb } from '@/utils/ledger/db';
import { applyThreadPosts } from '@/utils/ledger/thread-seen';
import { loadSettings } from '@/utils/settings/store';
import { refreshBadge } from './badge';
import { notifyPushback } from './reminders';

/** Applies a thread page's posts to the ledger (staff replies, netizens' reception of them); a 追问 is notified. */
export async function applyThreadSeen(site: string, tid: string, posts: SeenPost[]): Promise<void> {
  const { changed, pushedBack } = await applyThreadPosts(ledgerDb(), await loadSettings(), site, tid, posts);
  for (const entry of pushedBack) await notifyPushback(entry);
  if (changed) await refreshBadge();
}
