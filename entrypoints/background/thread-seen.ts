import { browser } from 'wxt/browser';
import type { SeenPost } from '@/utils/messages';
import { ledgerDb } from '@/utils/ledger/db';
import { applyThreadPosts } from '@/utils/ledger/thread-seen';
import { loadSettings } from '@/utils/settings/store';
import { t } from '@/utils/i18n';
import { refreshBadge } from './badge';

/** Applies a thread page's posts to the ledger (staff replies, netizens' reception of them); a 追问 is notified. */
export async function applyThreadSeen(site: string, tid: string, posts: SeenPost[]): Promise<void> {
  const { changed, pushedBack } = await applyThreadPosts(ledgerDb(), await loadSettings(), site, tid, posts);
  for (const entry of pushedBack) {
    await browser.notifications.create(`fw-pushback|${entry.key}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('receptionPushbackTitle'),
      message: t('receptionPushbackMessage', entry.title),
      priority: 2,
    });
  }
  if (changed) await refreshBadge();
}
