// What the posts seen on a thread page do to the thread's ledger entries:
// staff replies mark them replied; netizens' posts after a reply are
// classified (好评 / 追问 / other) and recorded, one event per post.
import type { SeenPost } from '../messages';
import type { Settings } from '../settings/types';
import { captureDue, slaContext } from '../deadline/sla';
import { policyForTopics } from '../deadline/topic-policy';
import type { ReceptionClassifier } from '../reception/classify';
import { toShanghaiISO } from '../time/shanghai';
import type { LedgerDb } from './db';
import { threadEntries } from './queries';
import { repliedEntry } from './reply';
import { nextThreadChange, type ThreadChange } from './staff-replies';
import type { EventChange, LedgerEntry, Reception } from './types';
import { changeEntry } from './workflow';

/** How much of a praising post the entry keeps to show. */
const PRAISE_SHOWN_CHARS = 100;
const SYSTEM_ACTOR = '系统';

export interface ThreadSeenResult {
  /** Whether any entry changed (the badge may need repainting). */
  changed: boolean;
  /** Entries that got a 追问, as they are now (reopened unless their policy keeps the clock): each deserves a notification. */
  pushedBack: LedgerEntry[];
}

function replied(entry: LedgerEntry, change: Extract<ThreadChange, { kind: 'replied' }>): { entry: LedgerEntry; event: EventChange } {
  const { post } = change;
  return {
    entry: repliedEntry(entry, { at: post.postedAt ?? entry.updatedAt, author: post.author, url: post.permalink, pid: post.pid, order: post.order, detected: true }),
    event: { type: 'reply', note: `${change.staff.department}「${post.author}」已回复 ${post.permalink}` },
  };
}

function received(entry: LedgerEntry, change: Extract<ThreadChange, { kind: 'reception' }>, settings: Settings, now: Date, at: string): { entry: LedgerEntry; event: EventChange } {
  const { post } = change;
  const before: Reception = entry.reception ?? { praise: 0, latestPraise: null, pushback: 0, lastPid: post.pid, lastAt: post.postedAt };
  const reception: Reception = { ...before, lastPid: post.pid, lastOrder: post.order, lastAt: post.postedAt };
  const words = (post.text ?? '').slice(0, PRAISE_SHOWN_CHARS);
  const said = words ? `：${words}` : '';
  if (change.reception === 'praise') {
    reception.praise++;
    reception.latestPraise = { at: post.postedAt ?? at, author: post.author, text: words, url: post.permalink };
    return { entry: { ...entry, reception }, event: { type: 'followup', note: `好评：网民「${post.author}」${said} ${post.permalink}` } };
  }
  if (change.reception === 'other') {
    return { entry: { ...entry, reception, newFollowUp: true }, event: { type: 'followup', note: `网民「${post.author}」在回复后跟帖 ${post.permalink}` } };
  }
  reception.pushback++;
  const restart = policyForTopics(settings.sla, entry.topics).restartOnFollowUp;
  const postedAt = post.postedAt ? new Date(post.postedAt) : now;
  const reopened: LedgerEntry = restart
    ? { ...entry, reception, newFollowUp: true, status: 'in_progress', dueAt: toShanghaiISO(captureDue(postedAt, slaContext(settings, entry.topics))) }
    : { ...entry, reception, newFollowUp: true };
  return { entry: reopened, event: { type: 'followup', note: `追问：网民「${post.author}」${said} ${post.permalink}${restart ? '，重新办理并计时' : ''}` } };
}

/**
 * Applies the posts of one thread page to the thread's entries on `site`, `classify` telling
 * 好评 from 追问 (the settings' reception words, compiled with their variants).
 * Each change is one ledger event; a page seen again changes nothing.
 */
export async function applyThreadPosts(db: LedgerDb, settings: Settings, classify: ReceptionClassifier, site: string, tid: string, posts: SeenPost[], now = new Date()): Promise<ThreadSeenResult> {
  const result: ThreadSeenResult = { changed: false, pushedBack: [] };
  const entries = await threadEntries(db, site, tid);
  if (entries.length === 0) return result;
  const ctx = { now, actor: SYSTEM_ACTOR };
  for (let entry of entries) {
    // Every change moves past one post, so this ends within the page's posts.
    for (let change = nextThreadChange(entry, posts, settings.staff, classify); change; change = nextThreadChange(entry, posts, settings.staff, classify)) {
      const applied = change;
      entry = await changeEntry(db, entry.key, ctx, (current, at) => (applied.kind === 'replied' ? replied(current, applied) : received(current, applied, settings, now, at)));
      result.changed = true;
      if (applied.kind === 'reception' && applied.reception === 'pushback') result.pushedBack.push(entry);
    }
  }
  return result;
}
