// Thread list of a board (forum.php?mod=forumdisplay&fid=N), desktop and touch.

import { esc, cut, messageText } from '../lib/html.mjs';
import { discuzTime, ymd, ymdHi } from '../lib/dates.mjs';
import { forumThreads, lastPostOf, userOf } from '../store.mjs';
import { desktopPage, pager, spaceHref, touchHeader, touchPage, avatarImg } from './layout.mjs';
import { POSTS_PER_PAGE } from './viewthread.mjs';

export const THREADS_PER_PAGE = 8;

/** Sticky threads (first page only) and one page of the others. */
function listPage(ctx, forum, page, typeid) {
  const all = forumThreads(ctx.state, forum.fid, typeid);
  const sticky = all.filter((t) => t.sticky);
  const normal = all.filter((t) => !t.sticky);
  const total = Math.max(1, Math.ceil(normal.length / THREADS_PER_PAGE));
  const current = Math.min(Math.max(1, page), total);
  return {
    sticky: current === 1 ? sticky : [],
    normal: normal.slice((current - 1) * THREADS_PER_PAGE, current * THREADS_PER_PAGE),
    page: current,
    total,
  };
}

function listHref(fid, typeid, page, touch = false) {
  return `forum.php?mod=forumdisplay&fid=${fid}${typeid ? `&filter=typeid&typeid=${typeid}` : ''}&page=${page}${touch ? '&mobile=2' : ''}`;
}

function threadRow(ctx, forum, thread) {
  const { state, now } = ctx;
  const author = userOf(state, thread.authorUid);
  const last = lastPostOf(state, thread);
  const lastName = userOf(state, last.authorUid).username;
  const view = `forum.php?mod=viewthread&amp;tid=${thread.tid}&amp;extra=page%3D1`;
  const pages = Math.ceil(thread.pids.length / POSTS_PER_PAGE);
  const isNew = now - last.dateline < 86400_000;
  const type = thread.typeid ? `<em>[<a href="forum.php?mod=forumdisplay&amp;fid=${forum.fid}&amp;filter=typeid&amp;typeid=${thread.typeid}">${esc(forum.types[thread.typeid])}</a>]</em> ` : '';
  const rowId = `${thread.sticky ? 'stickthread' : 'normalthread'}_${thread.tid}`;
  return `<tbody id="${rowId}">
<tr>
<td class="icn"><a href="${view}" title="${thread.sticky ? '本版置顶主题' : '有新回复'} - 新窗口打开" target="_blank"><i class="fico-thread fic6 fc-l"></i></a></td>
<th class="${isNew ? 'new' : 'common'}">
${thread.sticky ? `<a href="javascript:void(0);" class="closeprev y" title="隐藏置顶帖">隐藏置顶帖</a>\n` : ''}${type}<a href="${view}" class="s xst">${esc(thread.subject)}</a>
${thread.digest ? '<span class="tbox tdigest">精华</span>\n' : ''}${pages > 1 ? `<span class="tps">&nbsp;...<a href="forum.php?mod=viewthread&amp;tid=${thread.tid}&amp;extra=page%3D1&amp;page=${pages}">${pages}</a></span>\n` : ''}${isNew ? `<a href="forum.php?mod=redirect&amp;tid=${thread.tid}&amp;goto=lastpost#lastpost" class="xi1">New</a>\n` : ''}</th>
<td class="by">
<cite><a href="${spaceHref(author.uid)}" c="1">${esc(author.username)}</a></cite>
<em><span>${discuzTime(thread.dateline, now, ymd)}</span></em>
</td>
<td class="num"><a href="${view}" class="xi2">${thread.pids.length - 1}</a><em>${thread.views}</em></td>
<td class="by">
<cite><a href="home.php?mod=space&amp;username=${encodeURIComponent(lastName)}" c="1">${esc(lastName)}</a></cite>
<em><a href="forum.php?mod=redirect&amp;tid=${thread.tid}&amp;goto=lastpost#lastpost">${discuzTime(last.dateline, now, ymdHi)}</a></em>
</td>
</tr>
</tbody>`;
}

export function forumdisplayPage(ctx, forum, { page = 1, typeid = null } = {}) {
  const list = listPage(ctx, forum, page, typeid);
  const pg = pager(list.page, list.total, (p) => listHref(forum.fid, typeid, p));
  const types = Object.entries(forum.types);
  const typeBar = types.length ? `<ul id="thread_types" class="ttp bm cl">
<li id="ttp_all"${typeid === null ? ' class="xw1 a"' : ''}><a href="forum.php?mod=forumdisplay&amp;fid=${forum.fid}">全部</a></li>
${types.map(([id, name]) => `<li${Number(id) === typeid ? ' class="xw1 a"' : ''}><a href="forum.php?mod=forumdisplay&amp;fid=${forum.fid}&amp;filter=typeid&amp;typeid=${id}">${esc(name)}</a></li>`).join('\n')}
</ul>` : '';
  const rows = [
    ...list.sticky.map((t) => threadRow(ctx, forum, t)),
    ...(list.sticky.length ? [`<tbody id="separatorline">
<tr class="ts"><td>&nbsp;</td><th>版块主题</th><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</tbody>`] : []),
    ...list.normal.map((t) => threadRow(ctx, forum, t)),
  ].join('\n');
  const autoload = list.page < list.total
    ? `<a class="bm_h" href="javascript:;" rel="${esc(listHref(forum.fid, typeid, list.page + 1))}" curpage="${list.page}" id="autopbn" totalpage="${list.total}">下一页 &raquo;</a>`
    : '';
  const content = `<div id="ct" class="wp cl">
<div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum.php?mod=forumdisplay&amp;fid=${forum.fid}">${esc(forum.name)}</a></h1></div>
<div class="bm_c cl pbn"><p class="xg2">${esc(forum.description)}</p></div></div>
<div id="pgt" class="bm bw0 pgs cl">
<span id="fd_page_top">${pg}</span>
<span class="pgb y"><a href="forum.php">返&nbsp;回</a></span>
</div>
${typeBar}
<div id="threadlist" class="tl bm bmw">
<div class="th">
<table cellspacing="0" cellpadding="0">
<tr><th colspan="2"><div class="tf">全部主题</div></th><td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr>
</table>
</div>
<div class="bm_c">
<table summary="forum_${forum.fid}" cellspacing="0" cellpadding="0" id="threadlisttableid">
${rows}
</table>
</div>
</div>
${autoload}
<div class="bm bw0 pgs cl">
<span id="fd_page_bottom">${pg}</span>
<span class="pgb y"><a href="forum.php">返&nbsp;回</a></span>
</div>
</div>`;
  return desktopPage(ctx, {
    title: forum.name, bodyClass: 'pg_forumdisplay', fid: forum.fid,
    crumbs: [[`forum.php?gid=${forum.gid}`, ctx.state.categories.find((c) => c.gid === forum.gid)?.name ?? ''], [`forum.php?mod=forumdisplay&fid=${forum.fid}`, forum.name]],
    canonical: `forum.php?mod=forumdisplay&fid=${forum.fid}`,
    content,
  });
}

function touchRow(ctx, forum, thread) {
  const view = `forum.php?mod=viewthread&amp;tid=${thread.tid}&amp;extra=page%3D1&amp;mobile=2`;
  if (thread.sticky) {
    return `<li class="list_top">
<a href="${view}">
<span class="micon">置顶</span>
<em>${esc(thread.subject)}</em>
</a>
</li>`;
  }
  const author = userOf(ctx.state, thread.authorUid);
  const first = ctx.state.posts.get(thread.pids[0]);
  return `<li class="list">
<div class="threadlist_top cl">
<a href="${spaceHref(author.uid, true)}" class="mimg">${avatarImg(author.uid)}</a>
<div class="muser">
<h3><a href="${spaceHref(author.uid, true)}" class="mmc">${esc(author.username)}</a></h3>
<span class="mtime">${discuzTime(thread.dateline, ctx.now, ymd, { touch: true })}</span>
</div>
</div>
<a href="${view}">
<div class="threadlist_tit cl">
${thread.digest ? '<span class="micon digest">精华</span>\n' : ''}<em>${esc(thread.subject)}</em>
</div>
</a>
<a href="${view}"><div class="threadlist_mes cl">${esc(cut(messageText(first.message).replace(/\s+/g, ''), 48))}</div></a>
<div class="threadlist_foot cl">
<ul>
${thread.typeid ? `<li class="mr"><a href="forum.php?mod=forumdisplay&amp;fid=${forum.fid}&amp;filter=typeid&amp;typeid=${thread.typeid}&amp;mobile=2">#${esc(forum.types[thread.typeid])}</a></li>\n` : ''}<li><i class="dm-eye-fill"></i>${thread.views}</li>
<li><i class="dm-chat-s-fill"></i>${thread.pids.length - 1}</li>
</ul>
</div>
</li>`;
}

export function touchForumdisplayPage(ctx, forum, { page = 1, typeid = null } = {}) {
  const list = listPage(ctx, forum, page, typeid);
  const rows = [...list.sticky, ...list.normal].map((t) => touchRow(ctx, forum, t)).join('\n');
  return touchPage(ctx, {
    title: forum.name, bodyClass: 'pg_forumdisplay',
    header: touchHeader(esc(forum.name), 'forum.php?mobile=2'),
    content: `<div class="threadlist_box cl">
<div class="threadlist cl">
<ul>
${rows}
</ul>
</div>
</div>
${pager(list.page, list.total, (p) => listHref(forum.fid, typeid, p, true))}`,
  });
}
