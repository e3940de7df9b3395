// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ajaxContent } from '../../support/discuz-pages';
import { formhashOf, getPage, parse, postForm, useFreshForum } from './helpers';

const env = useFreshForum();

function fastpostAction(doc: Document): string {
  return '/' + (doc.querySelector('form#fastpostform')?.getAttribute('action') ?? '');
}

describe('replying', () => {
  it('quick reply stores the post with the next floor and redirects to it', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=2');
    const res = await postForm(env.forum.url, fastpostAction(doc), { message: '已转城建科跟进，谢谢反映。', formhash: formhashOf(doc, '#fastpostform') });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    const pid = Number(/#pid(\d+)$/.exec(location)?.[1]);
    expect(location).toContain('tid=2&page=2');
    const page2 = await getPage(env.forum.url, location.replace(/#.*$/, ''));
    const post = page2.doc.querySelector(`#post_${pid}`);
    expect(post?.querySelector('a[id^="postnum"]')?.textContent?.trim()).toBe('14#');
    expect(post?.querySelector('.authi a.xw1')?.textContent).toBe('岱山建设');
    expect(post?.querySelector('td.t_f')?.textContent?.trim()).toBe('已转城建科跟进，谢谢反映。');
  });

  it('the AJAX reply answers like Discuz X3.5: a success callback naming the pid, then the bare post table by viewpid', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=3');
    const res = await postForm(env.forum.url, `${fastpostAction(doc)}&inajax=1`, { message: '已派人查看', formhash: formhashOf(doc, '#fastpostform') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const answer = ajaxContent(await res.text());
    const pid = env.forum.state.threads.get(3)!.pids.at(-1)!;
    expect(env.forum.state.threads.get(3)!.pids).toHaveLength(5);
    expect(answer).toBe(
      `<script type="text/javascript" reload="1">if(typeof succeedhandle_fastpost=='function') {succeedhandle_fastpost(` +
        `'forum.php?mod=viewthread&tid=3&pid=${pid}&page=1&extra=#pid${pid}', '非常感谢，回复发布成功，现在将转入主题页，请稍候……[ 点击这里转入主题列表 ]', ` +
        `{'fid':'2','tid':'3','pid':'${pid}','from':'','sechash':''});}</script>`,
    );

    const view = await getPage(env.forum.url, `/forum.php?mod=viewthread&tid=3&viewpid=${pid}&from=&inajax=1&ajaxtarget=post_new`);
    const fragment = ajaxContent(view.html);
    // The same opening as the real forum's fragment: no div#post_{pid}, the newpost anchor in the first row.
    expect(fragment.startsWith(`<table id="pid${pid}" class="plhin" summary="pid${pid}" cellspacing="0" cellpadding="0">\n<tr>\n<a name="newpost"></a> <td class="pls" rowspan="2">`)).toBe(true);
    expect(parse(fragment).querySelector(`#postnum${pid}`)?.textContent?.trim()).toBe('5#');
  });

  it("the floating window's reply calls succeedhandle_reply", async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=3');
    const window = parse(ajaxContent(await (await fetch(`${env.forum.url}/forum.php?mod=post&action=reply&fid=2&tid=3&repquote=15&extra=&page=1&infloat=yes&handlekey=reply&inajax=1`)).text()));
    const action = window.querySelector('form#postform')!.getAttribute('action')!;
    const fields = Object.fromEntries(Array.from(window.querySelectorAll<HTMLInputElement>('form#postform input[type="hidden"]')).map((i) => [i.name, i.value]));
    const res = await postForm(env.forum.url, `/${action}&inajax=1`, { ...fields, message: '已转市政所处理', formhash: formhashOf(doc, '#fastpostform') });
    expect(ajaxContent(await res.text())).toMatch(/^<script type="text\/javascript" reload="1">if\(typeof succeedhandle_reply=='function'\) \{succeedhandle_reply\('forum\.php\?mod=viewthread&tid=3&pid=\d+/);
  });

  it('escapes markup in replies', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=3');
    await postForm(env.forum.url, fastpostAction(doc), { message: '<script>alert(1)</script><img src=x onerror=alert(2)>', formhash: formhashOf(doc, '#fastpostform') });
    const after = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=3');
    expect(after.html).not.toContain('<script>alert(1)');
    expect(after.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(after.doc.querySelectorAll('td.t_f img')).toHaveLength(0);
  });

  it('posts as the user chosen in the switcher, and a quote reply records the quoted post', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=post&action=reply&tid=4&repquote=21', 4);
    const fields: Record<string, string> = { message: '已安排加固。' };
    for (const input of doc.querySelectorAll<HTMLInputElement>('form#postform input[type="hidden"]')) {
      fields[input.getAttribute('name') ?? ''] = input.getAttribute('value') ?? '';
    }
    const res = await postForm(env.forum.url, '/' + doc.querySelector('form#postform')!.getAttribute('action'), fields, 4);
    expect(res.status).toBe(303);
    const state = await (await fetch(`${env.forum.url}/__state`)).json();
    const last = state.threads.find((t: { tid: number }) => t.tid === 4).posts.at(-1);
    expect(last).toMatchObject({ author: '市政所老李', authorIsStaff: true, quotePid: 21, message: '已安排加固。' });
  });

  it('refuses guests, wrong form hashes and too-short replies without storing anything', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=3');
    const action = fastpostAction(doc);
    const hash = formhashOf(doc, '#fastpostform');
    expect((await postForm(env.forum.url, action, { message: '游客回复', formhash: hash }, 0)).status).toBe(403);
    expect((await postForm(env.forum.url, action, { message: '伪造请求', formhash: 'deadbeef' })).status).toBe(400);
    expect((await postForm(env.forum.url, action, { message: '好', formhash: hash })).status).toBe(400);
    expect(env.forum.state.threads.get(3)!.pids).toHaveLength(4);
  });

  it('news comments and staff answers on the message board are stored and escaped', async () => {
    const comment = await postForm(env.forum.url, '/news/comments.html?id=1', { nickname: '测试', content: '<b>路灯</b>什么时候装？' });
    expect(comment.status).toBe(303);
    const news = await getPage(env.forum.url, '/news/comments.html?id=1');
    expect(news.doc.querySelector('#comment-list li.comment-item:last-child .comment-text')?.innerHTML).toBe('&lt;b&gt;路灯&lt;/b&gt;什么时候装？');
    const netizen = await postForm(env.forum.url, '/gov/messages.html', { action: 'reply', id: '1', content: '冒充答复' }, 5);
    expect(netizen.status).toBe(403);
    const staff = await postForm(env.forum.url, '/gov/messages.html', { action: 'reply', id: '1', content: '已通知物业维修。' }, 3);
    expect(staff.status).toBe(303);
    const gov = await getPage(env.forum.url, '/gov/messages.html');
    expect(gov.doc.querySelector('#msg-1 .reply-dept')?.textContent).toBe('城建科');
  });

  it('the identity switcher sets the cookie and returns to the page', async () => {
    const res = await fetch(`${env.forum.url}/login?uid=5&back=${encodeURIComponent('/forum.php?mod=viewthread&tid=2')}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toContain('demo_uid=5');
    expect(res.headers.get('location')).toBe('/forum.php?mod=viewthread&tid=2');
    const offsite = await fetch(`${env.forum.url}/login?uid=5&back=${encodeURIComponent('//evil.example/')}`, { redirect: 'manual' });
    expect(offsite.headers.get('location')).toBe('/forum.php');
  });
});
