// Reply forms (forum.php?mod=post&action=reply): the advanced editor page, the
// pop-up window content (`div#fwin_reply`), the touch reply page, and Discuz's
// message page for errors.

import { esc, cut, messageText } from '../lib/html.mjs';
import { ymdHi } from '../lib/dates.mjs';
import { forumOf, userOf } from '../store.mjs';
import { desktopPage, touchHeader, touchPage } from './layout.mjs';
import { pageOfFloor } from './viewthread.mjs';

/** Hidden fields Discuz sends with a reply; a quote (`repquote`) carries the quoted post. */
function replyHiddenFields(ctx, thread, { repquote = null, reppost = null } = {}) {
  const quoted = repquote ? ctx.state.posts.get(repquote) : null;
  const fields = [['formhash', ctx.formhash], ['posttime', Math.floor(ctx.now / 1000)]];
  if (quoted && quoted.tid === thread.tid) {
    const author = userOf(ctx.state, quoted.authorUid).username;
    const text = cut(messageText(quoted.message), 100);
    fields.push(
      ['noticeauthor', String(quoted.authorUid)],
      ['noticetrimstr', `[quote][size=2][url=forum.php?mod=redirect&goto=findpost&pid=${quoted.pid}&ptid=${thread.tid}][color=#999999]${author} 发表于 ${ymdHi(quoted.dateline)}[/color][/url][/size]\n${text}[/quote]`],
      ['noticeauthormsg', text],
      ['reppid', String(quoted.pid)],
      ['reppost', String(quoted.pid)],
    );
  } else {
    fields.push(['noticeauthor', ''], ['noticetrimstr', ''], ['noticeauthormsg', '']);
    if (reppost) fields.push(['reppost', String(reppost)]);
  }
  return { quoted: quoted && quoted.tid === thread.tid ? quoted : null, html: fields.map(([name, value]) => `<input type="hidden" name="${name}" value="${esc(value)}" />`).join('\n') };
}

function quotePreview(ctx, thread, quoted) {
  const author = userOf(ctx.state, quoted.authorUid).username;
  return `<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=${quoted.pid}&amp;ptid=${thread.tid}" target="_blank"><font color="#999999">${esc(author)} 发表于 ${ymdHi(quoted.dateline)}</font></a></font><br />
${esc(cut(messageText(quoted.message), 100)).replace(/\n/g, '<br />\n')}</blockquote></div>`;
}

function replyAction(thread, extra = '') {
  return `forum.php?mod=post&amp;action=reply&amp;fid=${thread.fid}&amp;tid=${thread.tid}&amp;extra=&amp;replysubmit=yes${extra}`;
}

/** The advanced reply page; the editor script turns it into a WYSIWYG iframe editor. */
export function advancedReplyPage(ctx, thread, refs) {
  const forum = forumOf(ctx.state, thread.fid);
  const hidden = replyHiddenFields(ctx, thread, refs);
  const content = `<form method="post" autocomplete="off" id="postform"
action="${replyAction(thread)}">
<div id="ct" class="ct2_a ct2_a_r wp cl">
${hidden.html}
<input type="hidden" name="wysiwyg" id="e_mode" value="1" />
<div class="bm bw0 cl" id="editorbox">
<div id="postbox">
<div class="pbt cl">${hidden.quoted ? quotePreview(ctx, thread, hidden.quoted) : ''}
<div class="z">
<span id="subjecthide" class="z">RE: ${esc(thread.subject)}</span>
<span id="subjectbox" style="display:none"><input type="text" name="subject" id="subject" class="px" value="" style="width: 25em" /></span>
</div>
</div>
<div class="edt" id="e_body">
<div id="e_controls" class="bar">
<div class="y">
<label id="e_switcher" class="bar_swch ptn"><input id="e_switchercheck" type="checkbox" class="pc" name="checkbox" value="0" />纯文本</label>
</div>
<div id="e_button" class="btn cl">
<a id="e_bold" href="javascript:;" title="粗体" class="fbld">B</a>
</div>
</div>
<div class="area">
<textarea name="message" id="e_textarea" class="pt" rows="15"></textarea>
</div>
</div>
<div class="mtm mbm pnpost">
<button type="submit" id="postsubmit" class="pn pnc" value="true" name="replysubmit">
<span>参与/回复主题</span>
</button>
</div>
</div>
</div>
</div>
</form>
<script src="static/demo/editor.js" type="text/javascript"></script>`;
  return desktopPage(ctx, {
    title: `参与/回复主题 - ${forum.name}`, bodyClass: 'pg_post', fid: forum.fid, tid: thread.tid,
    crumbs: [
      [`forum.php?mod=forumdisplay&fid=${forum.fid}`, forum.name],
      [`forum.php?mod=viewthread&tid=${thread.tid}`, cut(thread.subject, 16)],
      [null, '参与/回复主题'],
    ],
    content,
  });
}

/** Content of the pop-up reply window that `a.fastre` opens (Discuz loads it with `inajax=1`, as an AJAX answer). */
export function replyWindowFragment(ctx, thread, refs) {
  if (!ctx.user) {
    return `<h3 class="flb"><em>提示信息</em><span><a href="javascript:;" class="flbc" title="关闭">关闭</a></span></h3>
<div class="c altw"><div class="alert_info"><p>您需要先登录才能继续本操作 <a href="login" class="xi2">登录</a></p></div></div>`;
  }
  const hidden = replyHiddenFields(ctx, thread, refs);
  return `<h3 class="flb"><em id="return_reply">参与/回复主题</em><span><a href="javascript:;" class="flbc" title="关闭">关闭</a></span></h3>
<form method="post" autocomplete="off" id="postform" action="${replyAction(thread, '&amp;infloat=yes')}">
${hidden.html}
<input type="hidden" name="handlekey" value="reply" />
<div class="c" id="floatlayout_reply">
<div class="p_c">
${hidden.quoted ? `<p class="xg1">引用 ${esc(userOf(ctx.state, hidden.quoted.authorUid).username)} 的帖子</p>\n` : ''}<div class="mbm tedt">
<div class="area">
<textarea name="message" id="postmessage" class="pt" rows="10" cols="80"></textarea>
</div>
</div>
</div>
</div>
<p class="o pns">
<a href="forum.php?mod=post&amp;action=reply&amp;fid=${thread.fid}&amp;tid=${thread.tid}${hidden.quoted ? `&amp;repquote=${hidden.quoted.pid}` : ''}" class="y xi2" id="fwin_advance">高级模式</a>
<span id="fwin_reply_return" class="xi1"></span>
<button type="submit" id="postsubmit" class="pn pnc" value="true" name="replysubmit"><span>参与/回复主题</span></button>
</p>
</form>`;
}

export function touchReplyPage(ctx, thread, refs) {
  const hidden = replyHiddenFields(ctx, thread, refs);
  return touchPage(ctx, {
    title: '参与/回复主题', bodyClass: 'pg_post', header: '',
    content: `<form method="post" id="postform"
action="${replyAction(thread, '&amp;mobile=2')}"
>
${hidden.html}
${touchHeader('发帖', `forum.php?mod=viewthread&tid=${thread.tid}&mobile=2`)}
<div class="post_from post_box">
<ul class="cl">
<li class="mtext">
RE: ${esc(thread.subject)}</li>
</ul><ul class="cl">
<li class="mtext">
<textarea class="pt" id="needmessage" autocomplete="off" id="e_textarea" name="message" placeholder="内容" fwin="reply"></textarea>
</li>
</ul>
</div>
<div class="post_btn">
<button id="postsubmit" class="btn_pn">回复</button>
<input type="hidden" name="replysubmit" value="yes">
</div>
</form>`,
  });
}

/** Discuz's `showmessage` page. */
export function messagePage(ctx, text, { touch = false, back = null } = {}) {
  const link = back ? `<a href="${esc(back)}">[ 点击这里返回 ]</a>` : '<a href="javascript:history.back()">[ 点击这里返回上一页 ]</a>';
  const body = `<div id="ct" class="wp cl w">
<div class="nfl">
<div class="f_c altw">
<div id="messagetext" class="alert_error">
<p>${esc(text)}</p>
<p class="alert_btnleft">${link}</p>
</div>
</div>
</div>
</div>`;
  return touch
    ? touchPage(ctx, { title: '提示信息', bodyClass: 'pg_message', header: touchHeader('提示信息'), content: body })
    : desktopPage(ctx, { title: '提示信息', bodyClass: 'pg_message', content: body });
}

const REPLY_SUCCEEDED = '非常感谢，回复发布成功，现在将转入主题页，请稍候……[ 点击这里转入主题列表 ]';

/**
 * Discuz's answer to an AJAX reply: no post markup, only the call of the
 * form's success handler (`succeedhandle_fastpost`, `succeedhandle_reply`)
 * with the new post's address and ids; the page then fetches the post itself.
 */
export function replySucceededScript(thread, post, handlekey) {
  const href = `forum.php?mod=viewthread&tid=${thread.tid}&pid=${post.pid}&page=${pageOfFloor(post.floor)}&extra=#pid${post.pid}`;
  const params = `{'fid':'${thread.fid}','tid':'${thread.tid}','pid':'${post.pid}','from':'','sechash':''}`;
  const handler = `succeedhandle_${handlekey}`;
  return `<script type="text/javascript" reload="1">if(typeof ${handler}=='function') {${handler}('${href}', '${REPLY_SUCCEEDED}', ${params});}</script>`;
}
