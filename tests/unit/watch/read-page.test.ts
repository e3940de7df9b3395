import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readThreadPage } from '@/utils/watch/read-page';
import { decodePage } from '@/utils/watch/charset';
import { FIXTURE_ORIGIN, openImpliedTableRows } from '../../support/discuz-pages';
import { DISCUZ_FIXTURES } from '../../support/fixtures';
import { hasFixtures } from '../../support/labels';
import { encodeGbk } from '../../gbk';

/** A saved page as the browser's parser would build it (see openImpliedTableRows); the test DOM would try to load its stylesheets. */
const saved = (file: string) => openImpliedTableRows(readFileSync(path.join(DISCUZ_FIXTURES, file), 'utf8')).replace(/<link [^>]*>/g, '');
const THREAD_P1 = 'viewthread-tid14-road-works-yangang-west-road-staff-reply.guest.html';
const THREAD_P2 = 'viewthread-tid14-p2-road-works-yangang-west-road-staff-reply.guest.html';
const LOGIN_NEEDED = 'space-uid2-daishanjianshe.guest.html';
const url = (query: string) => `${FIXTURE_ORIGIN}forum.php?${query}`;

describe.skipIf(!hasFixtures)('reading fetched pages of the saved real forum', () => {
  it('page 1 of a two-page thread: its posts, and the last page to read next from the pager', () => {
    const page = readThreadPage({ html: saved(THREAD_P1), url: url('mod=viewthread&tid=14'), status: 200 }, []);
    expect(page.problem).toBeNull();
    expect(page.tid).toBe('14');
    expect(page.posts).toHaveLength(10);
    expect(page.posts[0]).toMatchObject({ key: '127.0.0.1:8080/t14/p' + page.posts[0]!.pid, floor: 1 });
    expect(page.lastPageUrl).toBe(url('mod=viewthread&tid=14&extra=&page=2'));
  });

  it('the last page itself has no further page', () => {
    const page = readThreadPage({ html: saved(THREAD_P2), url: url('mod=viewthread&tid=14&page=2'), status: 200 }, []);
    expect(page.posts[0]!.floor).toBe(11);
    expect(page.lastPageUrl).toBeNull();
  });

  it('the same page served in GBK reads the same posts once decoded by its <meta charset>', () => {
    const html = saved(THREAD_P2).replace('<meta charset="utf-8" />', '<meta charset="gbk" />');
    const decoded = decodePage(encodeGbk(html), 'text/html');
    const utf8 = readThreadPage({ html: saved(THREAD_P2), url: url('mod=viewthread&tid=14&page=2'), status: 200 }, []);
    const gbk = readThreadPage({ html: decoded, url: url('mod=viewthread&tid=14&page=2'), status: 200 }, []);
    expect(gbk.posts.map((p) => [p.pid, p.author, p.text])).toEqual(utf8.posts.map((p) => [p.pid, p.author, p.text]));
  });

  it("Discuz's showmessage pages: login needed, no permission, thread deleted", () => {
    const loginPage = saved(LOGIN_NEEDED);
    const read = (html: string, status = 200) => readThreadPage({ html, url: url('mod=viewthread&tid=14'), status }, []).problem?.problem;
    expect(read(loginPage)).toBe('login');
    expect(read(loginPage.replace('抱歉，您需要登录后才能查看', '抱歉，您没有权限访问该版块'))).toBe('login');
    expect(read(loginPage.replace('抱歉，您需要登录后才能查看', '抱歉，指定的主题不存在或已被删除或正在被审核'))).toBe('gone');
    expect(read(loginPage.replace('抱歉，您需要登录后才能查看', '抱歉，您的请求来路不正确或表单验证串不符，无法提交'))).toBe('blocked');
  });

  it('a 404 is gone, a firewall challenge is blocked, a page without posts is unrecognised', () => {
    const read = (html: string, status: number) => readThreadPage({ html, url: url('mod=viewthread&tid=99'), status }, []).problem?.problem;
    expect(read('<html><body>not found</body></html>', 404)).toBe('gone');
    expect(read('<html><body>Access denied</body></html>', 503)).toBe('blocked');
    expect(read('<html><head><title>安全检查中...</title></head><body><script>location.reload()</script></body></html>', 200)).toBe('unrecognised');
  });
});
