// @vitest-environment node
import { describe, expect, it } from 'vitest';
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

  it('the AJAX path returns the new post markup for #postlistreply', async () => {
    const { doc } = await getPage(env.forum.url, '/forum.php?mod=viewthread&tid=3');
    const res = await postForm(env.forum.url, `${fastpostAction(doc)}&inajax=1`, { message: '已派人查看', formhash: formhashOf(doc, '#fastpostform') });
    expect(res.status).toBe(200);
    const fragment = parse(await res.text());
    const table = fragment.querySelector('div[id^="post_"] > table.plhin');
    expect(table?.querySelector('a[id^="postnum"]')?.textContent?.trim()).toBe('5#');
    expect(env.forum.state.threads.get(3)!.pids).toHaveLength(5);
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
