// Where a Discuz! X post stands in its thread, read from the real forum's pages: the ledger orders
// staff replies and netizens' follow-ups by it across a thread's pages.
import { afterAll, describe, expect, it } from 'vitest';
import { createDiscuzAdapter } from '@/utils/sites/discuz';
import { linkedPost } from '@/utils/sites/discuz/post-order';
import { closePages, loadPage } from '../../support/discuz-pages';
import { hasFixtures, readLabels, type LabelledPage } from '../../support/labels';

afterAll(closePages);

const labels = hasFixtures ? readLabels() : { pages: [] };
const threadPages = labels.pages.filter((p) => p.kind === 'viewthread' || p.kind === 'mobile-viewthread');
const postsOf = (page: LabelledPage) => createDiscuzAdapter({ now: () => new Date(page.captured_at) }).posts(loadPage(page));
const named = (file: string) => labels.pages.find((p) => p.file === file)!;

describe.skipIf(!hasFixtures)('the place of Discuz! X posts in their thread', () => {
  it('follows the floors on every labelled thread page, desktop and touch', () => {
    expect(threadPages.length).toBeGreaterThanOrEqual(47);
    for (const page of threadPages) {
      const posts = postsOf(page);
      const byOrder = [...posts].sort((a, b) => a.order! - b.order!);
      expect(byOrder.map((p) => p.floor), page.file).toEqual((page.posts ?? []).map((p) => p.floor));
    }
  });

  it('puts every post of a thread’s second page after those of its first, in either view', () => {
    for (const view of ['', 'mobile-']) {
      const first = postsOf(named(`${view}viewthread-tid14-road-works-yangang-west-road-staff-reply.guest.html`));
      const second = postsOf(named(`${view}viewthread-tid14-p2-road-works-yangang-west-road-staff-reply.guest.html`));
      expect(Math.min(...second.map((p) => p.order!)), view || 'desktop').toBeGreaterThan(Math.max(...first.map((p) => p.order!)));
    }
  });

  it('gives a pasted link to a post (a reply marked by hand) the place of the post itself', () => {
    for (const post of postsOf(named('viewthread-tid14-p2-road-works-yangang-west-road-staff-reply.guest.html'))) {
      expect(linkedPost(post.permalink)).toEqual({ pid: post.pid, order: post.order });
    }
  });
});
