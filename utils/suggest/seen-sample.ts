// The bounded sample of posts seen on forum pages, against which captured posts' words are weighed.
import type { SeenPost } from '../messages';
import type { StaffMember } from '../settings/types';
import { findStaff } from '../settings/staff';
import type { SuggestDb } from './sample-db';
import { hanWords } from './words';

/** Posts kept (about 1 MB of words); beyond it the longest unseen go. */
export const SEEN_SAMPLE_CAP = 3000;

/** Adds (or refreshes) the netizens' posts of one page; staff posts and posts without words are left out. */
export async function addToSeenSample(db: SuggestDb, posts: readonly SeenPost[], staff: StaffMember[], now = Date.now(), cap = SEEN_SAMPLE_CAP): Promise<void> {
  const rows = posts
    .filter((post) => !findStaff(staff, post))
    .map((post) => ({ key: post.key, seenAt: now, words: hanWords(post.text ?? '') }))
    .filter((row) => row.words.length > 0);
  if (rows.length === 0) return;
  await db.transaction('rw', db.seen, async () => {
    await db.seen.bulkPut(rows);
    const excess = (await db.seen.count()) - cap;
    if (excess > 0) await db.seen.bulkDelete(await db.seen.orderBy('seenAt').limit(excess).primaryKeys());
  });
}

export async function clearSeenSample(db: SuggestDb): Promise<void> {
  await db.seen.clear();
}
