// Lists, reply boxes, pagination and detection on the real forum's pages.
import { afterAll, describe, expect, it } from 'vitest';
import { createDiscuzAdapter } from '@/utils/sites/discuz';
import { pagination } from '@/utils/sites/discuz/pagination';
import { FIXTURE_SITE, closePages, loadPage, parsePage } from '../../support/discuz-pages';
import { hasFixtures, readLabels, type LabelledPage } from '../../support/labels';

afterAll(closePages);

const labels = hasFixtures ? readLabels() : { pages: [] };
const byKind = (...kinds: LabelledPage['kind'][]) => labels.pages.filter((p) => kinds.includes(p.kind));
const adapterAt = (page: LabelledPage) => createDiscuzAdapter({ now: () => new Date(page.captured_at) });
const pageNamed = (file: string) => labels.pages.find((p) => p.file === file)!;

describe.skipIf(!hasFixtures)('Discuz! X list pages (labelled)', () => {
  const listPages = byKind('forumdisplay', 'guide', 'search', 'mobile-forumdisplay');

  it('covers every kind of list page', () => {
    expect(new Set(listPages.map((p) => p.kind)).size).toBe(4);
  });

  describe.each(listPages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const adapter = adapterAt(page);
    const doc = loadPage(page);
    const rows = adapter.threadListRows(doc);
    const expected = page.threads ?? [];

    it('is a list page', () => {
      expect(adapter.detect(doc)).toBe(true);
      expect(adapter.pageKind(doc)).toBe('list');
      expect(adapter.threadInfo(doc)).toBeNull();
    });

    it('finds every row with its thread id, title and address', () => {
      expect(rows.map((r) => [r.tid, r.title])).toEqual(expected.map((t) => [String(t.tid), t.title]));
      expected.forEach((t, i) => {
        const row = rows[i]!;
        expect(row.site).toBe(FIXTURE_SITE);
        expect(new URL(row.url).searchParams.get('tid')).toBe(String(t.tid));
        expect(row.rowEl.contains(row.titleEl)).toBe(true);
      });
    });
  });
});

describe.skipIf(!hasFixtures)('Discuz! X reply boxes (labelled)', () => {

  describe.each(byKind('reply').map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const adapter = adapterAt(page);
    const doc = loadPage(page);

    it('is a reply page for the right thread', () => {
      expect(adapter.detect(doc)).toBe(true);
      expect(adapter.pageKind(doc)).toBe('reply');
      expect(adapter.threadInfo(doc)).toMatchObject({ tid: String(page.tid), title: page.title });
    });

    it('finds the reply textarea of the labelled form', () => {
      const editors = adapter.replyEditors(doc);
      expect(editors.map((e) => [e.kind, e.el.id, e.tid])).toEqual([['textarea', page.textarea_id, String(page.tid)]]);
      const form = (editors[0]!.el as HTMLTextAreaElement).form!;
      expect(form.getAttribute('action')).toBe(page.form_action);
      expect(editors[0]!.anchorEl.contains(editors[0]!.el)).toBe(true);
    });
  });

  it('offers the quick reply box to members and nothing to guests on desktop thread pages', () => {
    for (const page of byKind('viewthread')) {
      const editors = adapterAt(page).replyEditors(loadPage(page));
      if (page.logged_in) {
        expect(editors.map((e) => [e.kind, e.el.id, e.tid]), page.file).toEqual([['textarea', 'fastpostmessage', String(page.tid)]]);
        expect(editors[0]!.anchorEl.matches('div.area')).toBe(true);
      } else {
        expect(editors, page.file).toEqual([]);
      }
    }
  });

  it("offers nothing on a board list's 快速发帖 box: it starts a new thread, it does not reply", () => {
    const members = byKind('forumdisplay').filter((p) => p.logged_in);
    expect(members.length).toBeGreaterThan(0);
    for (const page of members) {
      const doc = loadPage(page);
      expect(doc.querySelector('form#fastpostform textarea#fastpostmessage'), page.file).not.toBeNull();
      expect(adapterAt(page).replyEditors(doc), page.file).toEqual([]);
    }
  });

  it('finds no reply box on touch thread pages, which link to the reply page instead', () => {
    for (const page of byKind('mobile-viewthread')) expect(adapterAt(page).replyEditors(loadPage(page)), page.file).toEqual([]);
  });
});

describe.skipIf(!hasFixtures)('Discuz! X detection, pagination and live regions', () => {

  it('recognises every page of the forum, desktop and touch, guest and member', () => {
    for (const page of labels.pages) {
      expect(createDiscuzAdapter().detect(loadPage(page)), page.file).toBe(true);
    }
  });

  it('does not claim an ordinary page, even one that talks about Discuz', () => {
    const doc = parsePage(
      '<!DOCTYPE html><html><head><title>县政府门户 - 公众留言</title><meta name="generator" content="WordPress 6.5"></head>' +
        '<body><div id="postlist"><p>我们的论坛以前用 Discuz 搭建。</p></div><textarea name="message"></textarea></body></html>',
      'http://gov.example.cn/liuyan/',
    );
    expect(createDiscuzAdapter().detect(doc)).toBe(false);
  });

  it('classifies the index and profile pages as neither thread nor list', () => {
    for (const page of byKind('index', 'space')) expect(createDiscuzAdapter().pageKind(loadPage(page)), page.file).toBe('other');
  });

  it('reads the pager of a two-page thread on both pages and views', () => {
    const cases: [string, number][] = [
      ['viewthread-tid14-road-works-yangang-west-road-staff-reply.guest.html', 1],
      ['viewthread-tid14-p2-road-works-yangang-west-road-staff-reply.guest.html', 2],
      ['mobile-viewthread-tid14-road-works-yangang-west-road-staff-reply.member.html', 1],
      ['forumdisplay-fid2-minsheng-redian-p2.member.html', 2],
    ];
    for (const [file, current] of cases) {
      expect(pagination(loadPage(pageNamed(file))), file).toMatchObject({ current, total: 2 });
    }
    expect(pagination(loadPage(pageNamed('viewthread-tid1-bus-route-change.guest.html')))).toBeNull();
  });

  it('names the containers that later receive new posts or rows', () => {
    const ids = (file: string) =>
      createDiscuzAdapter()
        .liveRegions(loadPage(pageNamed(file)))
        .map((el) => el.id || el.className);
    expect(ids('viewthread-tid14-road-works-yangang-west-road-staff-reply.member.html')).toEqual(['postlist', 'postlistreply']);
    expect(ids('mobile-viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.guest.html')).toEqual(['viewthread']);
    expect(ids('forumdisplay-fid3-fangchan-jiaju-p1.guest.html')).toEqual(['threadlisttableid']);
    expect(ids('mobile-forumdisplay-fid2-minsheng-redian-p1.guest.html')).toEqual(['threadlist cl']);
  });
});
