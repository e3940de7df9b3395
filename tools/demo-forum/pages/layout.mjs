// Page shells shared by the Discuz pages: the desktop (PC) frame and the touch
// frame, both with Discuz's `discuz_uid` inline script, plus small pieces that
// several pages use (pagination, floor labels, user links).

import { esc } from '../lib/html.mjs';
import { ymdHi } from '../lib/dates.mjs';
import { SITE_NAME } from '../seed.mjs';

function discuzGlobals(ctx, extra = '') {
  const uid = ctx.uid ?? 0;
  return `<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'dEm0', charset = 'utf-8', discuz_uid = '${uid}', cookiepre = 'dsdemo_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', SITEURL = '${esc(ctx.siteUrl)}', JSPATH = 'data/cache/'${extra};</script>`;
}

/** The desktop frame. `crumbs` are `[href, text]` pairs after 论坛. */
export function desktopPage(ctx, { title, bodyClass, crumbs = [], fid = null, tid = null, canonical = null, content }) {
  const trail = crumbs.map(([href, text]) => ` <em>&rsaquo;</em> ${href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text)}`).join('');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="renderer" content="webkit" />
<title>${esc(title ? `${title} -  ${SITE_NAME}` : SITE_NAME)} -  Powered by Discuz!</title>
${canonical ? `<link href="${esc(ctx.siteUrl + canonical)}" rel="canonical" />\n` : ''}<meta name="keywords" content="${esc(title ?? SITE_NAME)}" />
<meta name="generator" content="Discuz! X3.5" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="application-name" content="${SITE_NAME}" />
<link rel="stylesheet" type="text/css" href="static/demo/forum.css" />
${discuzGlobals(ctx)}
<script src="static/demo/forum.js" type="text/javascript" defer></script>
</head>

<body id="nv_forum" class="${bodyClass}">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="forum.php">${SITE_NAME}</a><span class="pipe">|</span><a href="news/comments.html?id=1">岱山新闻网·民生专栏</a><span class="pipe">|</span><a href="gov/messages.html">住建局公众留言</a></div>
<div class="y">${userSwitcher(ctx)}</div>
</div>
</div>
<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="${SITE_NAME}"><span class="boardlogo" id="boardlogo">${SITE_NAME}</span></a></h2>${userMenu(ctx)}</div>
<div id="nv">
<ul><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true" title="BBS">论坛<span>BBS</span></a></li><li id="mn_mobile"><a href="forum.php?mobile=2" hidefocus="true" title="Mobile">手机版<span>Mobile</span></a></li></ul>
</div>
</div>
</div>

<div id="wp" class="wp">
${fid !== null ? `<script type="text/javascript">var fid = parseInt('${fid}'), tid = parseInt('${tid ?? 0}');</script>\n` : ''}<div id="pt" class="bm cl">
<div class="z"><a href="./" class="nvhm" title="首页">${SITE_NAME}</a><em>&raquo;</em><a href="forum.php">论坛</a>${trail}</div>
</div>
${content}
</div>

<div id="ft" class="wp cl">
<div id="flk" class="y">
<p><a href="forum.php?mobile=2">手机版</a><span class="pipe">|</span><a href="login">切换演示身份</a></p>
<p class="xs0">GMT+8, ${ymdHi(ctx.now)}</p>
</div>
<div id="frt">
<p>Powered by <strong>Discuz!</strong> <em>X3.5</em></p>
<p class="xs0">${SITE_NAME} 演示站 · 内容均为虚构的演示数据</p>
</div>
</div>
</body>
</html>
`;
}

/** The demo's identity switcher (a real forum has a login form instead). */
function userSwitcher(ctx) {
  const options = [`<option value="0"${ctx.uid === null ? ' selected="selected"' : ''}>游客（未登录）</option>`];
  for (const u of ctx.state.users.values()) {
    const role = u.department ? `工作人员·${u.department}` : '网友';
    options.push(`<option value="${u.uid}"${u.uid === ctx.uid ? ' selected="selected"' : ''}>${esc(u.username)}（${role}）</option>`);
  }
  return `<form id="demo_switch" method="get" action="login"><label for="demo_uid">演示身份：</label><select name="uid" id="demo_uid">${options.join('')}</select><input type="hidden" name="back" value="${esc(ctx.backPath)}" /><button type="submit" class="pn" id="demo_switch_btn"><em>切换</em></button></form>`;
}

function userMenu(ctx) {
  if (!ctx.user) {
    return `<form method="get" autocomplete="off" id="lsform" action="login">
<div class="fastlg cl"><div class="y pns"><p>当前是游客身份，<a href="login" class="xi2">登录</a> 后可以回帖</p></div></div>
</form>`;
  }
  const u = ctx.user;
  return `<div id="um">
<div class="avt y"><a href="home.php?mod=space&amp;uid=${u.uid}">${avatarImg(u.uid, 'small')}</a></div>
<p>
<strong class="vwmy"><a href="home.php?mod=space&amp;uid=${u.uid}" target="_blank" title="访问我的空间">${esc(u.username)}</a></strong>
<span class="pipe">|</span><a href="member.php?mod=logging&amp;action=logout&amp;formhash=${ctx.formhash}">退出</a>
</p>
<p>用户组: ${esc(u.group)}${u.department ? ` · ${esc(u.department)}` : ''}</p>
</div>`;
}

/** The touch (`&mobile=2`) frame. */
export function touchPage(ctx, { title, bodyClass, header, content }) {
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no, minimum-scale=1.0, maximum-scale=1.0">
<meta name="format-detection" content="telephone=no" />
<title>${esc(title ? `${title} -  ${SITE_NAME}` : SITE_NAME)} -  手机版 - Powered by Discuz!</title>
${discuzGlobals(ctx)}
<link rel="stylesheet" href="static/image/mobile/style.css" type="text/css" media="all">
</head>
<body id="forum" class="${bodyClass}">
<div id="append_parent"></div>
${header}
${content}
<div class="footer cl"><a href="forum.php?mobile=no">电脑版</a> · <a href="login">切换演示身份</a>（当前：${esc(ctx.user?.username ?? '游客')}）</div>
</body>
</html>
`;
}

export function touchHeader(title, backHref = 'javascript:history.back();') {
  return `<div class="header cl">
<div class="mz"><a href="${esc(backHref)}">&lsaquo;</a></div>
<h2>${title}</h2>
<div class="my"><a href="forum.php?mobile=2">首页</a></div>
</div>`;
}

export function avatarImg(uid, size = 'middle') {
  return `<img src="uc_server/avatar.php?uid=${uid}&amp;size=${size}" class="user_avatar" alt="" />`;
}

export function spaceHref(uid, touch = false) {
  return `home.php?mod=space&amp;uid=${uid}${touch ? '&amp;mobile=2' : ''}`;
}

/** Floor label as Discuz shows it with `postnocustom`: 楼主, 沙发, 板凳, 地板, then `5#`. */
export function floorLabel(floor, touch = false) {
  const named = ['楼主', '沙发', '板凳', '地板'][floor - 1];
  if (named) return named;
  return touch ? `${floor}<sup>#</sup>` : `<em>${floor}</em><sup>#</sup>`;
}

/**
 * Discuz's `multi()` pager: `div.pg` with prev/next, page links, current page
 * in `strong`, and `共 N 页`. `hrefFor(page)` returns an unescaped URL.
 */
export function pager(page, total, hrefFor) {
  if (total <= 1) return '';
  const link = (p) => esc(hrefFor(p));
  const parts = [];
  if (page > 1) parts.push(`<a href="${link(page - 1)}" class="prev">&nbsp;&nbsp;</a>`);
  for (let p = 1; p <= total; p++) parts.push(p === page ? `<strong>${p}</strong>` : `<a href="${link(p)}">${p}</a>`);
  const jump = esc(`if(event.keyCode==13) {window.location='${hrefFor('PAGE').replace(/'/g, "\\'")}'.replace('PAGE', this.value); return false;}`);
  parts.push(`<label><input type="text" name="custompage" class="px" size="2" title="输入页码，按回车快速跳转" value="${page}" onkeydown="${jump}" /><span title="共 ${total} 页"> / ${total} 页</span></label>`);
  if (page < total) parts.push(`<a href="${link(page + 1)}" class="nxt">下一页</a>`);
  return `<div class="pg">${parts.join('')}</div>`;
}
