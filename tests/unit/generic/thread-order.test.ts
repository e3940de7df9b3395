// A comment column whose comments carry no ids: their ids are hashes of author and words, which say
// nothing of which came first, so the ledger goes by the order the page shows them in.
import { describe, expect, it } from 'vitest';
import { createGenericAdapter } from '@/utils/sites/generic';
import { nextThreadChange } from '@/utils/ledger/staff-replies';
import { pickThreadEntry } from '@/utils/templates/thread-entry';
import { defaultSettings } from '@/utils/settings/defaults';
import type { PostInfo } from '@/utils/sites/types';
import { makeEntry } from '../../support/entry';
import { NEWS_SELECTORS, NOW, genericProfile, newsDoc, parseAt } from './demo-pages';

const adapter = createGenericAdapter(genericProfile(NEWS_SELECTORS), { now: () => NOW });

/** The demo news column's comments without ids or times, `nickname` writing the comment at `at`. */
function commentsWith(nickname: string, at: number): PostInfo[] {
  const demo = newsDoc(1);
  for (const el of demo.querySelectorAll('.comment-item')) {
    el.removeAttribute('id');
    el.removeAttribute('data-comment-id');
  }
  for (const el of demo.querySelectorAll('.comment-time')) el.remove();
  const names = demo.querySelectorAll('.comment-user');
  names[at < 0 ? names.length + at : at]!.textContent = nickname;
  return adapter.posts(parseAt(demo.documentElement.outerHTML, 'http://127.0.0.1:8080/news/comments.html?id=1'));
}

const entryOf = (post: PostInfo) => makeEntry({ key: post.key, site: post.site, tid: post.tid, pid: post.pid, order: post.order, postedAt: post.postedAt });

describe('a comment column with hashed comment ids and no times', () => {
  it('gives its comments no order of their own', () => {
    const posts = commentsWith('岱山建设', -1);
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(posts.map((p) => p.order)).toEqual(posts.map(() => null));
    expect(posts.map((p) => p.postedAt)).toEqual(posts.map(() => null));
  });

  it('the bureau’s comment below the captured one answers it', () => {
    const posts = commentsWith('岱山建设', -1);
    const change = nextThreadChange(entryOf(posts[0]!), posts, defaultSettings().staff, () => 'other');
    expect(change).toMatchObject({ kind: 'replied', post: { pid: posts.at(-1)!.pid } });
  });

  it('the bureau’s comment above the captured one does not', () => {
    const posts = commentsWith('岱山建设', 0);
    expect(nextThreadChange(entryOf(posts.at(-1)!), posts, defaultSettings().staff, () => 'other')).toBeNull();
  });

  it('a netizen’s comment below the bureau’s counts as its reception, one above it does not', () => {
    const posts = commentsWith('岱山建设', 1);
    const replied = { ...entryOf(posts[0]!), status: 'replied' as const, reply: { at: NOW.toISOString(), author: '岱山建设', url: posts[1]!.permalink, pid: posts[1]!.pid, order: null, detected: true } };
    const change = nextThreadChange(replied, posts, defaultSettings().staff, () => 'praise');
    expect(change).toMatchObject({ kind: 'reception', post: { pid: posts[2]!.pid } });
  });

  it('the reply helper answers the comment captured first', () => {
    const posts = commentsWith('网友甲', 0);
    const first = { ...entryOf(posts[1]!), capturedAt: '2026-11-24T09:00:00+08:00' };
    const then = { ...entryOf(posts[0]!), capturedAt: '2026-11-24T09:05:00+08:00' };
    expect(pickThreadEntry([then, first])).toBe(first);
  });
});
