// A thread (forum.php?mod=viewthread&tid=N[&page=P]): desktop posts with the
// quick-reply form, and the touch view. `newReplyFragment` renders a single
// reply for the AJAX reply (fetched with `viewpid`).

import { esc, cut, messageText, renderMessage } from '../lib/html.mjs';
import { discuzTime, ymdHi, ymdHis } from '../lib/dates.mjs';
import { forumOf, threadPosts, userOf } from '../store.mjs';
import { avatarImg, desktopPage, floorLabel, pager, spaceHref, touchHeader, touchPage } from './layout.mjs';

export const POSTS_PER_PAGE = 10;

export function pageOfFloor(floor) {
  return Math.ceil(floor / POSTS_PER_PAGE);
}

function quoteBlock(ctx, tid, quotePid) {
  const quoted = ctx.state.posts.get(quotePid);
  if (!quoted) return '';
  const author = userOf(ctx.state, quoted.authorUid).username;
  return `<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=${quoted.pid}&amp;ptid=${tid}" target="_blank"><font color="#999999">${esc(author)} 发表于 ${ymdHi(quoted.dateline)}</font></a></font><br />
${renderMessage(cut(messageText(quoted.message), 100))}</blockquote></div><br />
`;
}

/** Body HTML of a post: edit notice, quote, then the text. */
export function postBody(ctx, post) {
  const edited = post.edited
    ? `<i class="pstatus"> 本帖最后由 ${esc(userOf(ctx.state, post.edited.uid).username)} 于 ${ymdHi(post.edited.at)} 编辑 </i><br />\n<br />\n`
    : '';
  const quote = post.quotePid ? quoteBlock(ctx, post.tid, post.quotePid) : '';
  return `${edited}${quote}${renderMessage(post.message)}`;
}

function replyHref(thread, post, page) {
  const kind = post.floor === 1 ? 'reppost' : 'repquote';
  return `forum.php?mod=post&amp;action=reply&amp;fid=${thread.fid}&amp;tid=${thread.tid}&amp;${kind}=${post.pid}&amp;extra=&amp;page=${page}`;
}

/**
 * One post's `table#pid{pid}.plhin`. `anchor` is the `<a name>` Discuz puts at
 * the start of the first row (`newpost` in the AJAX fragment of a new reply).
 */
function desktopPostTable(ctx, thread, post, anchor) {
  const u = userOf(ctx.state, post.authorUid);
  const page = pageOfFloor(post.floor);
  const numHref = post.floor === 1
    ? `forum.php?mod=viewthread&amp;tid=${thread.tid}`
    : `forum.php?mod=redirect&amp;goto=findpost&amp;ptid=${thread.tid}&amp;pid=${post.pid}`;
  return `<table id="pid${post.pid}" class="plhin" summary="pid${post.pid}" cellspacing="0" cellpadding="0">
<tr>
${anchor ? `<a name="${anchor}"></a> ` : ''}<td class="pls" rowspan="2">
<div id="favatar${post.pid}" class="pls cl favatar">
<div class="pi">
<div class="authi"><a href="${spaceHref(u.uid)}" target="_blank" class="xw1">${esc(u.username)}</a>
</div>
</div>
<div class="p_pop blk bui card_gender_0" id="userinfo${post.pid}" style="display: none;">
<div class="i y"><div><strong><a href="${spaceHref(u.uid)}" target="_blank" class="xi2">${esc(u.username)}</a></strong><em>当前离线</em></div></div>
</div>
<div><div class="avatar"><a href="${spaceHref(u.uid)}" class="avtm" target="_blank">${avatarImg(u.uid)}</a></div></div>
<p><em>${esc(u.group)}</em></p>
<dl class="pil cl"><dt>积分</dt><dd>${u.credits}</dd></dl>
</div>
</td>
<td class="plc">
<div class="pi">
<strong>
<a href="${numHref}" id="postnum${post.pid}">
${floorLabel(post.floor)}</a>
</strong>
<div class="pti">
<div class="pdbt"></div>
<div class="authi">
<em id="authorposton${post.pid}">发表于 ${discuzTime(post.dateline, ctx.now, ymdHis)}</em>
<span class="pipe">|</span>
<a href="forum.php?mod=viewthread&amp;tid=${thread.tid}&amp;page=1&amp;authorid=${u.uid}" rel="nofollow">只看该作者</a>
</div>
</div>
</div><div class="pct"><div class="pcb">
<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${post.pid}">
${postBody(ctx, post)}</td></tr></table>
</div>
<div id="comment_${post.pid}" class="cm"></div>
<div id="post_rate_div_${post.pid}"></div>
</div></div>
</td></tr>
<tr><td class="plc plm">
${u.sign ? `<div class="sign" style="max-height:100px;">${esc(u.sign)}</div>\n` : ''}</td>
</tr>
<tr id="_postposition${post.pid}"></tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;">
<div class="po hin">
<div class="pob cl">
<em>
<a class="fastre" href="${replyHref(thread, post, page)}">回复</a>
</em>
<p><a href="javascript:;">举报</a></p>
</div>
</div>
</td>
</tr>
</table>
`;
}

/** One desktop post as served in the page: `div#post_{pid} > table#pid{pid}.plhin`. */
export function desktopPost(ctx, thread, post) {
  return `<div id="post_${post.pid}" >${desktopPostTable(ctx, thread, post, null)}</div>`;
}

/**
 * A new reply as Discuz's `viewpid` AJAX answer carries it: the bare table, no
 * `div#post_{pid}`; the forum's script writes it into `div#post_new`.
 */
export function newReplyFragment(ctx, thread, post) {
  return desktopPostTable(ctx, thread, post, 'newpost');
}

function fastPostForm(ctx, thread) {
  const action = `forum.php?mod=post&amp;action=reply&amp;fid=${thread.fid}&amp;tid=${thread.tid}&amp;extra=&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost`;
  const advanced = `forum.php?mod=post&amp;action=reply&amp;fid=${thread.fid}&amp;tid=${thread.tid}`;
  const editor = ctx.user
    ? `<div class="tedt mtn">
<div class="bar">
<span class="y"><a href="${advanced}" id="fastpost_advance">高级模式</a></span>
<div class="fpd"><a href="javascript:;" title="文字加粗" class="fbld">B</a></div>
</div>
<div class="area">
<textarea rows="6" cols="80" name="message" id="fastpostmessage" class="pt"></textarea>
</div>
</div>`
    : `<div class="tedt mtn"><div class="area">
<div class="pt hm">
您需要登录后才可以回帖 <a href="login" class="xi2">登录</a> | <a href="login" class="xi2">立即注册</a>
</div>
</div></div>`;
  const button = ctx.user
    ? '<button type="submit" name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit"><strong>发表回复</strong></button>'
    : '<button type="button" data-login="login" name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit"><strong>发表回复</strong></button>';
  return `<div id="f_pst" class="pl bm bmw">
<form method="post" autocomplete="off" id="fastpostform" action="${action}">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls">${ctx.user ? `<div class="avatar avtm">${avatarImg(ctx.user.uid)}</div>` : ''}</td>
<td class="plc">
<span id="fastpostreturn"></span>
<div class="cl">
<div class="hasfsl" id="fastposteditor">
${editor}
</div>
</div>
<input type="hidden" name="formhash" value="${ctx.formhash}" />
<input type="hidden" name="usesig" value="${ctx.user ? 1 : ''}" />
<input type="hidden" name="subject" value="  " />
<p class="ptm pnpost">
${button}
</p>
</td>
</tr>
</table>
</form>
</div>`;
}

/** Page `page` of a thread; `null` when the page number is out of range. */
export function viewthreadPage(ctx, thread, page = 1) {
  const forum = forumOf(ctx.state, thread.fid);
  const all = threadPosts(ctx.state, thread);
  const total = Math.max(1, Math.ceil(all.length / POSTS_PER_PAGE));
  if (page < 1 || page > total) return null;
  const posts = all.slice((page - 1) * POSTS_PER_PAGE, page * POSTS_PER_PAGE);
  const pg = pager(page, total, (p) => `forum.php?mod=viewthread&tid=${thread.tid}&extra=&page=${p}`);
  const type = thread.typeid
    ? `<a href="forum.php?mod=forumdisplay&amp;fid=${forum.fid}&amp;filter=typeid&amp;typeid=${thread.typeid}">[${esc(forum.types[thread.typeid])}]</a>\n`
    : '';
  const replyButton = (id) => `<a id="${id}" href="forum.php?mod=post&amp;action=reply&amp;fid=${forum.fid}&amp;tid=${thread.tid}" title="回复" class="pgsbtn">回复</a>`;
  const content = `<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl ">
<div class="pgt">${pg}</div>
<span class="y pgb" id="visitedforums"><a href="forum.php?mod=forumdisplay&amp;fid=${forum.fid}">返回列表</a></span>
${replyButton('post_reply')}
</div>

<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls ptn pbn">
<div class="hm ptn">
<span class="xg1">查看:</span> <span class="xi1">${thread.views}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">${all.length - 1}</span>
</div>
</td>
<td class="plc ptm pbn vwthd">
<h1 class="ts">
${type}<span id="thread_subject">${esc(thread.subject)}</span>
</h1>
<span class="xg1"><a href="forum.php?mod=viewthread&amp;tid=${thread.tid}">[复制链接]</a></span>
</td>
</tr>
</table>
${posts.map((p) => desktopPost(ctx, thread, p)).join('')}${ctx.user ? '<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>' : ''}
</div>

<div class="pgs mtm mbm cl">
${pg}<span class="pgb y"><a href="forum.php?mod=forumdisplay&amp;fid=${forum.fid}">返回列表</a></span>
${replyButton('post_replytmp')}
</div>

${fastPostForm(ctx, thread)}
</div>`;
  return desktopPage(ctx, {
    title: `${thread.subject} - ${forum.name}`,
    bodyClass: 'pg_viewthread', fid: forum.fid, tid: thread.tid,
    crumbs: [
      [`forum.php?gid=${forum.gid}`, ctx.state.categories.find((c) => c.gid === forum.gid)?.name ?? ''],
      [`forum.php?mod=forumdisplay&fid=${forum.fid}`, forum.name],
      [`forum.php?mod=viewthread&tid=${thread.tid}`, cut(thread.subject, 24)],
    ],
    canonical: `forum.php?mod=viewthread&tid=${thread.tid}`,
    content,
  });
}

function touchPost(ctx, thread, post, page, replyCount) {
  const u = userOf(ctx.state, post.authorUid);
  const counts = post.floor === 1 ? `<span class="y"><i class="dm-eye"></i><em>${thread.views}</em><i class="dm-chat-s"></i><em>${replyCount}</em></span>` : '';
  const replyLink = post.floor > 1 && ctx.user
    ? `<li><a href="forum.php?mod=post&amp;action=reply&amp;fid=${thread.fid}&amp;tid=${thread.tid}&amp;repquote=${post.pid}&amp;extra=&amp;page=${page}&amp;mobile=2"><i class="dm-chat-s"></i>回复</a></li>\n`
    : '';
  return `<div class="plc cl" id="pid${post.pid}">
<div class="avatar">${avatarImg(u.uid, 'small')}</div>
<div class="display pi${post.floor === 1 ? ' pione' : ''}">
<ul class="authi">
<li class="mtit">
<span class="y">
${floorLabel(post.floor, true)}</span>
<span class="z">
<a href="${spaceHref(u.uid, true)}">${esc(u.username)}</a>
</span>
</li>
<li class="mtime">
${counts}${discuzTime(post.dateline, ctx.now, ymdHis, { touch: true })}</li>
</ul>
<div class="message">
${postBody(ctx, post)}</div>
<div id="comment_${post.pid}">
</div>
</div>
<div class="threadlist_foot cl">
<ul>
${replyLink}</ul>
</div>
</div>`;
}

export function touchViewthreadPage(ctx, thread, page = 1) {
  const forum = forumOf(ctx.state, thread.fid);
  const all = threadPosts(ctx.state, thread);
  const total = Math.max(1, Math.ceil(all.length / POSTS_PER_PAGE));
  if (page < 1 || page > total) return null;
  const posts = all.slice((page - 1) * POSTS_PER_PAGE, page * POSTS_PER_PAGE);
  const blocks = posts.map((p) => {
    const block = touchPost(ctx, thread, p, page, all.length - 1);
    return p.floor === 1
      ? `${block}\n<div class="txtlist cl"><div class="mtit cl">全部回复<em>${all.length - 1}</em></div></div>`
      : block;
  }).join('\n');
  const type = thread.typeid ? `<em>[${esc(forum.types[thread.typeid])}]</em>\n` : '';
  return touchPage(ctx, {
    title: `${thread.subject} - ${forum.name}`, bodyClass: 'pg_viewthread',
    header: touchHeader(`<a href="forum.php?mod=forumdisplay&amp;fid=${forum.fid}&amp;mobile=2">${esc(forum.name)}</a>`),
    content: `<div class="viewthread">
<div class="view_tit">
${type}${esc(thread.subject)}</div>${blocks}
</div>
${pager(page, total, (p) => `forum.php?mod=viewthread&tid=${thread.tid}&extra=&page=${p}&mobile=2`)}<div class="foot foot_reply flex-box cl">
<a href="forum.php?mod=post&amp;action=reply&amp;fid=${forum.fid}&amp;tid=${thread.tid}&amp;reppost=${all[0].pid}&amp;page=${page}&amp;mobile=2" class="flex"><i class="dm-chat-s"></i>回复</a>
</div>`,
  });
}
