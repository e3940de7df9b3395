// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getPage, useFreshForum } from './helpers';

const env = useFreshForum();

describe('Discuz desktop pages', () => {
  it('board index marks itself as Discuz X3.5 and logs in as 岱山建设 by default', async () => {
    const { status, html, doc } = await getPage(env.forum.url, '/forum.php');
    expect(status).toBe(200);
    expect(doc.querySelector('meta[name="generator"]')?.getAttribute('content')).toBe('Discuz! X3.5');
    expect(html).toContain("discuz_uid = '2'");
    expect(doc.querySelector('#um strong.vwmy a')?.textContent).toBe('岱山建设');
    const boards = [...doc.querySelectorAll('#category_1 h2 > a[href*="mod=forumdisplay&fid="]')].map((a) => a.textContent);
    expect(boards).toEqual(['民生热点', '房产家居', '灌水闲聊']);
  });

  it('a guest sees discuz_uid 0, the login form and no reply textarea', async () => {
    const index = await getPage(env.forum.url, '/forum.php', 0);
    expect(index.html).toContain("discuz_uid = '0'");
    expect(index.doc.querySelector('form#lsform')).not.toBeNull();
    const thread = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=3', 0);
    expect(thread.doc.querySelector('form#fastpostform')).not.toBeNull();
    expect(thread.doc.querySelector('#fastpostmessage')).toBeNull();
    expect(thread.doc.querySelector('#f_pst')?.textContent).toContain('您需要登录后才可以回帖');
  });

  it('thread list rows carry tid, title, author uid and counts; a second page exists', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=forumdisplay&fid=2');
    const row = doc.querySelector('#threadlisttableid tbody#normalthread_2');
    expect(row?.querySelector('th a.s.xst')?.textContent).toBe('环城北路改造快四个月了，还是半幅通行，到底什么时候完工？');
    expect(row?.querySelector('td.by cite a')?.getAttribute('href')).toBe('home.php?mod=space&uid=5');
    expect(row?.querySelector('td.num a.xi2')?.textContent).toBe('12');
    expect(doc.querySelector('#threadlisttableid tbody#stickthread_1')).not.toBeNull();
    expect(doc.querySelector('#pgt div.pg label span[title="共 2 页"]')).not.toBeNull();
    const second = await getPage(env.forum.url, '/forum.php?mod=forumdisplay&fid=2&page=2');
    expect(second.doc.querySelectorAll('#threadlisttableid tbody[id^="normalthread_"]').length).toBeGreaterThan(0);
    expect(second.doc.querySelector('tbody#stickthread_1')).toBeNull();
  });

  it('viewthread shows 10 posts per page with Discuz floor labels continuing on page 2', async () => {
    const page1 = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=2');
    const posts = [...page1.doc.querySelectorAll('#postlist > div[id^="post_"]')];
    expect(posts).toHaveLength(10);
    const labels = posts.map((p) => p.querySelector('a[id^="postnum"]')?.textContent?.trim());
    expect(labels.slice(0, 5)).toEqual(['楼主', '沙发', '板凳', '地板', '5#']);
    expect(page1.doc.querySelector('h1.ts > a')?.textContent).toBe('[投诉]');
    expect(page1.doc.querySelector('h1.ts #thread_subject')?.textContent).toContain('环城北路');
    const page2 = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=2&page=2');
    const floors = [...page2.doc.querySelectorAll('#postlist a[id^="postnum"]')].map((a) => a.textContent?.trim());
    expect(floors).toEqual(['11#', '12#', '13#']);
  });

  it('shows author links with uid, quotes, edit notices and signatures where Discuz does', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=2');
    const staffPost = doc.querySelector('#post_6');
    expect(staffPost?.querySelector('#favatar6 .authi a.xw1')?.textContent).toBe('岱山建设');
    expect(staffPost?.querySelector('#favatar6 .authi a.xw1')?.getAttribute('href')).toBe('home.php?mod=space&uid=2');
    expect(staffPost?.querySelector('div.sign')?.textContent).toContain('住房和城乡建设局');
    const quote = doc.querySelector('#postmessage_8 div.quote > blockquote a[href*="goto=findpost"]');
    expect(quote?.getAttribute('href')).toContain('pid=6');
    const edited = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=9');
    expect(edited.doc.querySelector('td.t_f i.pstatus')?.textContent).toMatch(/本帖最后由 蓬莱小鱼 于 \d{4}-\d{1,2}-\d{1,2} \d{2}:\d{2} 编辑/);
  });

  it('keeps a keyword split by an inline tag and full-width text as seeded', async () => {
    const tagSplit = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=5');
    expect(tagSplit.html).toContain('违章<b>建筑</b>');
    const fullWidth = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=3');
    expect(fullWidth.doc.querySelector('td.t_f')?.textContent).toContain('ｌｅｄ路灯');
    const traditional = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=10');
    expect(traditional.doc.querySelector('#thread_subject')?.textContent).toContain('違章建築');
  });

  it('renders recent times relative with the exact time in span[title], older ones absolute', async () => {
    const thread = env.forum.state.threads.get(3)!;
    const first = env.forum.state.posts.get(thread.pids[0]!)!;
    const second = env.forum.state.posts.get(thread.pids[1]!)!;
    const now = Date.now();
    first.dateline = now - 40 * 86400_000;
    second.dateline = now - 3 * 3600_000 - 5 * 60_000;
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=3');
    const old = doc.querySelector(`#authorposton${first.pid}`)?.textContent ?? '';
    expect(old).toMatch(/^发表于 \d{4}-[1-9]\d?-[1-9]\d? \d{2}:\d{2}:\d{2}$/);
    const recent = doc.querySelector(`#authorposton${second.pid} span[title]`);
    expect(recent?.getAttribute('title')).toMatch(/^\d{4}-[1-9]\d?-[1-9]\d? \d{2}:\d{2}:\d{2}$/);
    // 3 hours ago reads "3 小时前" unless that was before midnight in Shanghai (then 昨天 HH:MM).
    expect(recent?.textContent).toMatch(/^(3\u00a0小时前|昨天\u00a0\d{2}:\d{2})$/);
  });

  it('advanced reply page has the Discuz editor form and quote fields', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=post&action=reply&fid=2&tid=2&repquote=6');
    expect(doc.querySelector('form#postform textarea#e_textarea[name="message"]')).not.toBeNull();
    expect(doc.querySelector('input#e_mode[name="wysiwyg"]')?.getAttribute('value')).toBe('1');
    expect(doc.querySelector('input[name="reppid"]')?.getAttribute('value')).toBe('6');
    expect(doc.querySelector('script[src="static/demo/editor.js"]')).not.toBeNull();
  });
});

describe('Discuz touch pages', () => {
  it('touch thread view lists posts as div.plc with author, floor and body', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=2&mobile=2');
    expect(doc.body.id).toBe('forum');
    expect(doc.body.className).toBe('pg_viewthread');
    const posts = [...doc.querySelectorAll('div.plc[id^="pid"]')];
    expect(posts).toHaveLength(10);
    const first = posts[0]!;
    expect(first.querySelector('li.mtit span.z a')?.textContent).toBe('建设路老王');
    expect(first.querySelector('li.mtit span.y')?.textContent?.trim()).toBe('楼主');
    expect(first.querySelector('div.message')?.textContent).toContain('环城北路');
  });

  it('touch list and reply page follow Discuz markup', async () => {
    const list = await getPage(env.forum.url, '/forum.php?mod=forumdisplay&fid=2&mobile=2');
    expect(list.doc.querySelectorAll('div.threadlist li.list').length).toBeGreaterThan(0);
    expect(list.doc.querySelector('div.threadlist li.list_top span.micon')?.textContent).toBe('置顶');
    const reply = await getPage(env.forum.url, '/forum.php?mod=post&action=reply&tid=2&mobile=2');
    expect(reply.doc.querySelector('form#postform textarea[name="message"]')).not.toBeNull();
  });
});

describe('generic pages and test hooks', () => {
  it('news comment column and message board render their own markup', async () => {
    const news = await getPage(env.forum.url, '/news/comments.html?id=1');
    expect(news.doc.querySelector('meta[name="generator"]')).toBeNull();
    expect(news.doc.querySelectorAll('#comment-list li.comment-item').length).toBe(3);
    expect(news.doc.querySelector('form#comment-form textarea#comment-content')).not.toBeNull();
    const gov = await getPage(env.forum.url, '/gov/messages.html');
    expect(gov.doc.querySelector('#msg-1 .reply-editor[contenteditable="true"]')).not.toBeNull();
    expect(gov.doc.querySelector('#msg-3 .reply-content')?.textContent).toContain('市政所');
  });

  it('a netizen sees no staff reply box on the message board', async () => {
    const gov = await getPage(env.forum.url, '/gov/messages.html', 5);
    expect(gov.doc.querySelector('.reply-editor')).toBeNull();
  });

  it('/__state lists threads with staff flags', async () => {
    const state = await (await fetch(`${env.forum.url}/__state`)).json();
    const staff = state.users.filter((u: { staff: boolean }) => u.staff).map((u: { username: string }) => u.username);
    expect(staff).toEqual(['岱山建设', '城建科小王', '市政所老李']);
    const thread2 = state.threads.find((t: { tid: number }) => t.tid === 2);
    expect(thread2.posts).toHaveLength(13);
    expect(thread2.posts[4]).toMatchObject({ pid: 6, floor: 5, author: '岱山建设', authorIsStaff: true });
  });
});
