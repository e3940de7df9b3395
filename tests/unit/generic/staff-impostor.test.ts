import { describe, expect, it } from 'vitest';
import { createGenericAdapter } from '@/utils/sites/generic';
import { nextThreadChange } from '@/utils/ledger/staff-replies';
import { defaultSettings } from '@/utils/settings/defaults';
import type { StaffMember } from '@/utils/settings/types';
import type { PostInfo } from '@/utils/sites/types';
import { makeEntry } from '../../support/entry';
import { NEWS_SELECTORS, NOW, genericProfile, newsDoc, parseAt } from './demo-pages';

const adapter = createGenericAdapter(genericProfile(NEWS_SELECTORS), { now: () => NOW });

/** The demo news column with its last comment posted under `nickname`, served from `origin`. */
function commentsBy(nickname: string, origin = 'http://127.0.0.1:8080'): PostInfo[] {
  const demo = newsDoc(1);
  const names = demo.querySelectorAll('.comment-user');
  names[names.length - 1]!.textContent = nickname;
  return adapter.posts(parseAt(demo.documentElement.outerHTML, `${origin}/news/comments.html?id=1`));
}

/** Whether the comments close a ledger entry captured from the first of them. */
function closesEntry(posts: PostInfo[], staff: StaffMember[]): boolean {
  const first = posts[0]!;
  const entry = makeEntry({ key: first.key, site: first.site, tid: first.tid, pid: first.pid, postedAt: first.postedAt });
  return nextThreadChange(entry, posts, staff, () => 'other')?.kind === 'replied';
}

describe('a netizen using the bureau’s name on a comment column', () => {
  it('does not close the entry on a real news site, where no account is registered', () => {
    expect(closesEntry(commentsBy('岱山建设', 'https://news.example.cn'), defaultSettings().staff)).toBe(false);
  });

  it('does not pass for the bureau by writing a label before its name', () => {
    const posts = commentsBy('网友：岱山建设');
    expect(posts.at(-1)!.author).toBe('岱山建设');
    expect(closesEntry(posts, defaultSettings().staff)).toBe(false);
  });

  it('the bureau’s own comment, under the name registered for that site, closes it', () => {
    expect(closesEntry(commentsBy('岱山建设'), defaultSettings().staff)).toBe(true);
  });
});
