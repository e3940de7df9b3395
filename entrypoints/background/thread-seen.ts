import { firstReply } from '@/utils/ledger/reply';
import type { SeenPost } from '@/utils/messages';
import { ledgerDb } from '@/utils/ledger/db';
import { threadEntries } from '@/utils/ledger/queries';
import { threadChanges } from '@/utils/ledger/staff-replies';
import { changeEntry } from '@/utils/ledger/workflow';
import { loadSettings } from '@/utils/settings/store';
import { captureContext } from './deadlines';
import { policyForTopics } from '@/utils/deadline/sla';
import { refreshBadge } from './badge';

/** Marks entries replied when a registered staff account has replied in the thread, and flags netizens' follow-ups. */
export async function applyThreadSeen(site: string, tid: string, posts: SeenPost[]): Promise<void> {
  const db = ledgerDb();
  const entries = await threadEntries(db, site, tid);
  if (entries.length === 0) return;
  const settings = await loadSettings();
  const changes = threadChanges(entries, posts, settings.staff);
  const now = new Date();
  for (const change of changes) {
    const post = change.post;
    if (change.kind === 'replied') {
      await changeEntry(db, change.key, { now, actor: '系统' }, (entry) => ({
        entry: {
          ...entry,
          status: 'replied',
          newFollowUp: false,
          // A reply ends any pause: the clock has nothing left to count.
          pausedAt: null,
          reply: { at: post.postedAt ?? entry.updatedAt, author: post.author, url: post.permalink, pid: post.pid, detected: true, ...firstReply(entry) },
        },
        event: { type: 'reply', note: `${change.staff.department}「${post.author}」已回复 ${post.permalink}` },
      }));
    } else {
      await changeEntry(db, change.key, { now, actor: '系统' }, (entry) => {
        const restart = policyForTopics(settings.sla, entry.topics).restartOnFollowUp;
        const at = post.postedAt ? new Date(post.postedAt) : now;
        return {
          entry: restart
            ? { ...entry, newFollowUp: true, status: 'in_progress', dueAt: captureContext(settings, at).dueFor(at, entry.topics) }
            : { ...entry, newFollowUp: true },
          event: { type: 'followup', note: `网民「${post.author}」在回复后跟帖 ${post.permalink}${restart ? '，重新计时' : ''}` },
        };
      });
    }
  }
  if (changes.length) await refreshBadge();
}
