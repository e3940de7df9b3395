import type { SeenPost } from '@/utils/messages';
import { ledgerDb } from '@/utils/ledger/db';
import { applyThreadPosts } from '@/utils/ledger/thread-seen';
import { loadSettings } from '@/utils/settings/store';
import { classifierOfRules } from '@/utils/reception/classify';
import { storedReceptionRules } from './settings';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { notifyPushback } from './reminders';
import { sampleSeenPosts } from './seen-sample';

/** Applies a thread page's posts to the ledger (staff replies, netizens' reception of them); a 追问 is notified. The posts join the seen sample. */
export async function applyThreadSeen(site: string, tid: string, posts: SeenPost[]): Promise<void> {
  const settings = await loadSettings();
  await sampleSeenPosts(posts, settings.staff);
  const classify = classifierOfRules(await storedReceptionRules(settings));
  const { changed, pushedBack } = await applyThreadPosts(ledgerDb(), settings, classify, site, tid, posts);
  for (const entry of pushedBack) await notifyPushback(entry);
  if (changed) await refreshBadge();
}
