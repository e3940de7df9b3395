// Small pages in Discuz! X3.5 default-template markup, for tests that must run
// without the shared fixture set. Names and texts are made up.

const HEAD = (title: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} - 示例论坛 - Powered by Discuz!</title>` +
  `<meta name="generator" content="Discuz! X3.5"><base href="http://bbs.example.cn/">` +
  `<script>var STYLEID = '1', discuz_uid = '2', cookiepre = 'ab_';</script></head>`;

export function desktopPost(pid: number, floorHtml: string, author: string, uid: number, time: string, body: string): string {
  return `<div id="post_${pid}"><table id="pid${pid}" class="plhin"><tr>
<td class="pls" rowspan="2"><div id="favatar${pid}" class="pls cl favatar"><div class="pi"><div class="authi">
<a href="home.php?mod=space&amp;uid=${uid}" target="_blank" class="xw1">${author}</a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><tr><th><p>1</p>主题</th></tr></table></div></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=7&amp;pid=${pid}" id="postnum${pid}">${floorHtml}</a></strong>
<div class="pti"><div class="authi"><em id="authorposton${pid}">发表于 ${time}</em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_${pid}">${body}</td></tr></table></div></div></div>
</td></tr></table></div>`;
}

export const DESKTOP_THREAD = `${HEAD('人民路路灯不亮')}<body id="nv_forum" class="pg_viewthread">
<div id="postlist" class="pl bm">
<table><tr><td class="plc"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=2&amp;filter=typeid&amp;typeid=1">[投诉]</a>
<span id="thread_subject">人民路路灯不亮</span></h1></td></tr></table>
${desktopPost(70, '楼主', '小区居民', 21, '<span title="2026-11-23 20:05:09">昨天&nbsp;20:05</span>', '人民路北段<b>路灯</b>一周没亮了。<br />\n晚上很黑。')}
${desktopPost(71, '沙发', '路过的', 22, '2026-11-24 09:00:01',
  '<i class="pstatus"> 本帖最后由 路过的 于 2026-11-24 09:10 编辑 </i><br />' +
  '<div class="quote"><blockquote>小区居民 发表于 昨天 20:05<br />人民路北段路灯一周没亮了。</blockquote></div><br />' +
  '同感，附上照片。<ignore_js_op><img id="aimg_3" src="static/image/common/none.gif"><div class="tip tip_4 aimg_tip">lamp.jpg (20 KB)</div></ignore_js_op>' +
  '<ignore_js_op><span id="attach_5"><a href="forum.php?mod=attachment&amp;aid=NQ">路灯位置.zip</a></span>' +
  '<div class="tip tip_4" id="attach_5_menu">下载次数: 0</div></ignore_js_op>')}
<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>
<div id="f_pst"><form method="post" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=7&amp;extra=&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost">
<div class="tedt"><div class="bar"></div><div class="area"><textarea name="message" id="fastpostmessage" class="pt"></textarea></div></div></form></div>
<div id="append_parent"></div>
</body></html>`;

export const DESKTOP_THREAD_URL = 'http://bbs.example.cn/forum.php?mod=viewthread&tid=7';

export const TOUCH_THREAD = `<!DOCTYPE html><html><head><title>人民路路灯不亮 - 示例论坛 - 手机版 - Powered by Discuz!</title>
<base href="http://bbs.example.cn/"><link rel="stylesheet" href="static/image/mobile/style.css"></head>
<body id="forum" class="pg_viewthread"><div class="viewthread"><div class="view_tit"><em>[投诉]</em>
人民路路灯不亮</div>
<div class="plc cl" id="pid70"><div class="display pi pione"><ul class="authi">
<li class="mtit"><span class="y">楼主</span><span class="z"><a href="home.php?mod=space&amp;uid=21&amp;mobile=2">小区居民</a></span></li>
<li class="mtime"><span class="y"><i class="dm-eye"></i><em>88</em></span>昨天&nbsp;20:05</li></ul>
<div class="message">人民路北段路灯一周没亮了。</div></div></div>
<div class="plc cl" id="pid71"><div class="display pi"><ul class="authi">
<li class="mtit"><span class="y">沙发</span><span class="z"><a href="home.php?mod=space&amp;uid=22&amp;mobile=2">路过的</a></span></li>
<li class="mtime"><em class="mgl"><a href="forum.php?mod=post&amp;action=edit&amp;tid=7&amp;pid=71&amp;mobile=2">编辑</a></em>半小时前</li></ul>
<div class="message">同感。</div></div></div>
</div></body></html>`;

export const TOUCH_THREAD_URL = 'http://bbs.example.cn/forum.php?mod=viewthread&tid=7&mobile=2';

export const ADVANCED_REPLY = `${HEAD('参与/回复主题')}<body id="nv_forum" class="pg_post">
<form method="post" id="postform" action="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=7&amp;extra=&amp;replysubmit=yes">
<input type="hidden" name="wysiwyg" id="e_mode" value="1">
<span id="subjecthide" class="z">RE: 人民路路灯不亮 [<a href="javascript:;">修改</a>]</span>
<div class="edt" id="e_body"><div id="e_controls" class="bar"></div>
<div class="area"><textarea name="message" id="e_textarea" class="pt" rows="15"></textarea></div></div>
</form></body></html>`;

export const ADVANCED_REPLY_URL = 'http://bbs.example.cn/forum.php?mod=post&action=reply&fid=2&tid=7';

/** What Discuz's floating reply window (回复 button) adds to a thread page. */
export const FLOAT_REPLY_WINDOW = `<div id="fwin_reply" class="fwinmask"><div id="fwin_content_reply">
<form method="post" id="postform" action="forum.php?mod=post&amp;infloat=yes&amp;action=reply&amp;fid=2&amp;tid=7&amp;extra=&amp;replysubmit=yes">
<div class="tedt"><div class="bar"></div><div class="area"><textarea name="message" id="postmessage" class="pt"></textarea></div></div>
</form></div></div>`;
