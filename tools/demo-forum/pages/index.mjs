// Board index (forum.php): one `#category_{gid}` table per category.

import { esc, cut } from '../lib/html.mjs';
import { discuzTime, shanghaiDayStart, ymdHi } from '../lib/dates.mjs';
import { forumThreads, lastPostOf, userOf } from '../store.mjs';
import { desktopPage, touchHeader, touchPage } from './layout.mjs';

function boardStats(ctx, fid) {
  const threads = forumThreads(ctx.state, fid);
  const todayStart = shanghaiDayStart(ctx.now);
  let posts = 0;
  let today = 0;
  for (const t of threads) {
    for (const pid of t.pids) {
      posts++;
      if (ctx.state.posts.get(pid).dateline >= todayStart) today++;
    }
  }
  const latest = [...threads].sort((a, b) => lastPostOf(ctx.state, b).dateline - lastPostOf(ctx.state, a).dateline)[0] ?? null;
  return { threads: threads.length, posts, today, latest };
}

function lastPostCell(ctx, thread) {
  if (!thread) return '<td class="fl_by"><div>从未</div></td>';
  const last = lastPostOf(ctx.state, thread);
  const name = userOf(ctx.state, last.authorUid).username;
  return `<td class="fl_by">
<div>
<a href="forum.php?mod=redirect&amp;tid=${thread.tid}&amp;goto=lastpost#lastpost" class="xi2">${esc(cut(thread.subject, 16))}</a> <cite>${discuzTime(last.dateline, ctx.now, ymdHi)} <a href="home.php?mod=space&amp;username=${encodeURIComponent(name)}">${esc(name)}</a></cite>
</div>
</td>`;
}

export function indexPage(ctx) {
  const categories = ctx.state.categories.map((cat) => {
    const rows = ctx.state.forums.filter((f) => f.gid === cat.gid).map((f, i) => {
      const s = boardStats(ctx, f.fid);
      return `<tr${i ? ' class="fl_row"' : ''}>
<td class="fl_icn"><a href="forum.php?mod=forumdisplay&amp;fid=${f.fid}" title="${esc(f.name)}"><span class="fl_icon"></span></a></td>
<td>
<h2><a href="forum.php?mod=forumdisplay&amp;fid=${f.fid}">${esc(f.name)}</a>${s.today ? `<em class="xw0 xi1" title="今日"> (${s.today})</em>` : ''}</h2>
<p class="xg2">${esc(f.description)}</p></td>
<td class="fl_i"><span class="xi2">${s.threads}</span><span class="xg1"> / ${s.posts}</span></td>
${lastPostCell(ctx, s.latest)}
</tr>`;
    }).join('\n');
    return `<div class="fl bm">
<div class="bm bmw cl">
<div class="bm_h cl"><h2><a href="forum.php?gid=${cat.gid}">${esc(cat.name)}</a></h2></div>
<div id="category_${cat.gid}" class="bm_c">
<table cellspacing="0" cellpadding="0" class="fl_tb">
${rows}
</table>
</div>
</div>
</div>`;
  }).join('\n');
  const intro = `<div class="bm demo_intro"><div class="bm_c">
<p><strong>演示说明：</strong>这是本地演示论坛，页面结构与 Discuz! X3.5 默认模板一致。当前身份：<strong>${esc(ctx.user?.username ?? '游客')}</strong>。默认以住建局官方账号“岱山建设”登录，可直接回帖；在右上角切换身份。</p>
<p>另有两个非 Discuz 的页面：<a href="news/comments.html?id=1" class="xi2">岱山新闻网·民生专栏评论</a>，<a href="gov/messages.html" class="xi2">住建局公众留言</a>。</p>
</div></div>`;
  return desktopPage(ctx, {
    title: '论坛', bodyClass: 'pg_index', content: `<div id="ct" class="wp cl">\n${intro}\n${categories}\n</div>`,
  });
}

export function touchIndexPage(ctx) {
  const boards = ctx.state.forums.map((f) => {
    const s = boardStats(ctx, f.fid);
    return `<li><a href="forum.php?mod=forumdisplay&amp;fid=${f.fid}&amp;mobile=2"><h4>${esc(f.name)}${s.today ? `<em>(${s.today})</em>` : ''}</h4><p>${esc(f.description)}</p></a></li>`;
  }).join('\n');
  return touchPage(ctx, {
    title: '论坛', bodyClass: 'pg_index',
    header: touchHeader(esc('岱山论坛'), 'forum.php?mobile=2'),
    content: `<div class="forumlist cl"><ul class="sub_forum">\n${boards}\n</ul></div>`,
  });
}
