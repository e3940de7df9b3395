// Member pages: a user's space (home.php?mod=space) and the demo's identity picker (/login).

import { esc } from '../lib/html.mjs';
import { avatarImg, desktopPage } from './layout.mjs';
import { DEFAULT_UID } from '../lib/http.mjs';

export function spacePage(ctx, user) {
  const posts = [...ctx.state.posts.values()].filter((p) => p.authorUid === user.uid).length;
  const threads = [...ctx.state.threads.values()].filter((t) => t.authorUid === user.uid).length;
  return desktopPage(ctx, {
    title: `${user.username}的个人资料`, bodyClass: 'pg_space',
    crumbs: [[null, user.username]],
    content: `<div id="ct" class="wp cl">
<div id="uhd"><div class="h cl"><div class="icn avt">${avatarImg(user.uid)}</div><h2 class="mt">${esc(user.username)}</h2></div></div>
<div class="bm bw0"><div class="bm_c">
<ul class="pf_l cl"><li><em>UID</em> (UID: ${user.uid})</li><li><em>用户组</em> ${esc(user.group)}</li>${user.department ? `<li><em>部门</em> ${esc(user.department)}</li>` : ''}<li><em>主题数</em> ${threads}</li><li><em>回帖数</em> ${posts - threads}</li><li><em>积分</em> ${user.credits}</li></ul>
${user.sign ? `<p class="xg1">个人签名：${esc(user.sign)}</p>` : ''}
</div></div>
</div>`,
  });
}

export function loginPage(ctx) {
  const rows = [...ctx.state.users.values()].map((u) => `<tr><td><a href="login?uid=${u.uid}" class="xi2 demo_login_as" data-uid="${u.uid}">${esc(u.username)}</a></td><td>${u.uid}</td><td>${u.department ? `工作人员（${esc(u.department)}${u.official ? '，官方账号' : ''}）` : '网友'}</td></tr>`).join('\n');
  return desktopPage(ctx, {
    title: '切换演示身份', bodyClass: 'pg_logging', crumbs: [[null, '切换演示身份']],
    content: `<div id="ct" class="wp cl">
<div class="bm"><div class="bm_h"><h3>切换演示身份</h3></div><div class="bm_c">
<p>这是演示站，无需密码：点击用户名即以该身份浏览和回帖。没有选择时默认是住建局官方账号“${esc(ctx.state.users.get(DEFAULT_UID).username)}”（UID ${DEFAULT_UID}）。</p>
<table class="dt demo_users"><tr><th>用户名</th><th>UID</th><th>身份</th></tr>
${rows}
<tr><td><a href="login?uid=0" class="xi2 demo_login_as" data-uid="0">游客</a></td><td>0</td><td>未登录，不能回帖</td></tr>
</table>
</div></div>
</div>`,
  });
}
