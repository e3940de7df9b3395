// The Discuz! X adapter against every labelled thread page of the real forum.
import { afterAll, describe, expect, it } from 'vitest';
import { createDiscuzAdapter } from '@/utils/sites/discuz';
import { FIXTURE_SITE, closePages, firstChars, loadPage } from '../../support/discuz-pages';
import { hasFixtures, readLabels, type LabelledPost } from '../../support/labels';

const labels = hasFixtures ? readLabels() : { pages: [] };
const threadPages = labels.pages.filter((p) => p.kind === 'viewthread' || p.kind === 'mobile-viewthread');

/** How far the shown time may be from the exact one: what the page's wording leaves open. */
function shownPrecisionMs(post: LabelledPost): number {
  if (post.posted_at_title) return 0;
  const text = post.posted_at_text.replace(/\s+/g, ' ');
  if (/\d{1,2}:\d{2}:\d{2}$/.test(text)) return 0;
  if (/\d{1,2}:\d{2}$/.test(text)) return 59_000;
  if (/天前$/.test(text)) return 24 * 3600_000;
  if (/小时前$/.test(text)) return 3600_000;
  throw new Error(`unexpected time text in labels: ${text}`);
}

describe.skipIf(!hasFixtures)('Discuz! X thread pages (labelled)', () => {
  afterAll(closePages);

  it('covers every labelled thread page', () => {
    expect(threadPages.length).toBeGreaterThanOrEqual(47);
  });

  describe.each(threadPages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const adapter = createDiscuzAdapter({ now: () => new Date(page.captured_at) });
    const doc = loadPage(page);
    const posts = adapter.posts(doc);
    const expected = page.posts ?? [];

    it('is recognised as a Discuz thread page with the right thread', () => {
      expect(adapter.detect(doc)).toBe(true);
      expect(adapter.pageKind(doc)).toBe('thread');
      expect(adapter.threadInfo(doc)).toMatchObject({ site: FIXTURE_SITE, tid: String(page.tid), title: page.title, page: page.page });
    });

    it('finds exactly the labelled posts, in order, with stable keys', () => {
      expect(posts.map((p) => p.key)).toEqual(expected.map((p) => `${FIXTURE_SITE}/t${page.tid}/p${p.pid}`));
    });

    it('reads author, uid and floor of each post', () => {
      expect(posts.map((p) => [p.author, p.authorUid, p.floor])).toEqual(
        expected.map((p) => [p.author, String(p.author_uid), p.floor]),
      );
    });

    it('reads each posting time in Asia/Shanghai as precisely as the page shows it', () => {
      expected.forEach((label, i) => {
        const got = posts[i]?.postedAt;
        expect(got, `pid ${label.pid}`).toMatch(/\+08:00$/);
        const diff = Math.abs(new Date(got!).getTime() - new Date(label.posted_at).getTime());
        expect(diff, `pid ${label.pid} "${label.posted_at_text}" → ${got}`).toBeLessThanOrEqual(shownPrecisionMs(label));
      });
    });

    it("extracts each post's own text", () => {
      expect(posts.map((p) => firstChars(adapter.postText(p), 40))).toEqual(expected.map((p) => p.text_first40));
    });

    it('gives each post a permalink to that post', () => {
      for (const p of posts) {
        const url = new URL(p.permalink);
        expect(url.origin + url.pathname).toBe('http://127.0.0.1:8080/forum.php');
        expect(url.searchParams.get('pid')).toBe(p.pid);
        expect(url.searchParams.get('ptid')).toBe(p.tid);
        expect(p.containerEl.contains(p.bodyEl)).toBe(true);
      }
    });
  });
});
