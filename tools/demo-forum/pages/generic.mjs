// The two pages that are not Discuz: a local news site's 民生专栏 comment
// column and the bureau's public message board (公众留言). Each has its own
// markup, the kind a user describes to the extension with CSS selectors.

import { esc, renderMessage } from '../lib/html.mjs';
import { shanghaiISO, ymdHi } from '../lib/dates.mjs';
import { isStaff, userOf } from '../store.mjs';

function sitePage({ title, bodyClass, header, content, script = '' }) {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="/static/demo/site.css">
</head>
<body class="${bodyClass}">
${header}
${content}
<footer class="site-foot">本页为本地演示页面，内容均为虚构。<a href="/forum.php">返回岱山论坛</a></footer>
${script}
</body>
</html>
`;
}

function time(ms, cls) {
  return `<time class="${cls}" datetime="${shanghaiISO(ms)}">${ymdHi(ms)}</time>`;
}

export function newsPage(ctx, article) {
  const comments = ctx.state.news.comments.filter((c) => c.articleId === article.id);
  const items = comments.map((c, i) => `<li class="comment-item" id="c${c.cid}" data-comment-id="${c.cid}">
<div class="comment-meta"><span class="comment-user">${esc(c.nickname)}</span> <span class="comment-area">[${esc(c.area)}网友]</span> ${time(c.at, 'comment-time')} <span class="comment-floor">${i + 1}楼</span></div>
<p class="comment-text">${renderMessage(c.content)}</p>
</li>`).join('\n');
  const others = ctx.state.news.articles.map((a) => `<li${a.id === article.id ? ' class="current"' : ''}><a href="/news/comments.html?id=${a.id}">${esc(a.title)}</a></li>`).join('\n');
  return sitePage({
    title: `${article.title} - 民生专栏 - 岱山新闻网`, bodyClass: 'news',
    header: `<header class="site-head news-head"><div class="site-name">岱山新闻网</div><nav><a href="/news/comments.html?id=1">民生专栏</a><a href="/gov/messages.html">政务留言</a><a href="/forum.php">岱山论坛</a></nav></header>`,
    content: `<main class="news-main">
<div class="news-col">
<article class="news-article" data-article-id="${article.id}">
<h1 class="article-title">${esc(article.title)}</h1>
<div class="article-meta"><span class="article-source">来源：${esc(article.source)}</span> ${time(article.at, 'article-time')}</div>
<div class="article-body">
${article.body.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
</article>
<section class="comments" id="comments">
<h2>网友评论（<span class="comment-count">${comments.length}</span>）</h2>
<ol class="comment-list" id="comment-list">
${items}
</ol>
<form class="comment-form" id="comment-form" method="post" action="/news/comments.html?id=${article.id}">
<label class="comment-nick">昵称 <input type="text" name="nickname" id="comment-nickname" maxlength="20" value="${esc(ctx.user?.username ?? '岱山网友')}"></label>
<textarea name="content" id="comment-content" rows="4" maxlength="1000" placeholder="文明上网，理性发言"></textarea>
<button type="submit" id="comment-submit">发表评论</button>
</form>
</section>
</div>
<aside class="news-side"><h3>民生专栏</h3><ul>
${others}
</ul></aside>
</main>`,
  });
}

function govReply(ctx, message) {
  if (message.reply) {
    const staff = userOf(ctx.state, message.reply.uid);
    return `<div class="msg-reply">
<div class="reply-info">回复单位：<span class="reply-dept">${esc(staff?.department ?? '')}</span>　回复时间：${time(message.reply.at, 'reply-time')}</div>
<div class="reply-content">${renderMessage(message.reply.content)}</div>
</div>`;
  }
  if (!isStaff(ctx.user)) return '<div class="msg-reply msg-waiting">等待工作人员答复</div>';
  return `<form class="reply-form" method="post" action="/gov/messages.html">
<input type="hidden" name="action" value="reply">
<input type="hidden" name="id" value="${message.id}">
<input type="hidden" name="content" value="">
<div class="reply-label">答复（${esc(ctx.user.department)}）：</div>
<div class="reply-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="答复内容" data-placeholder="请输入答复内容"></div>
<button type="submit" class="reply-submit">提交答复</button>
</form>`;
}

export function govPage(ctx) {
  const items = [...ctx.state.gov.messages].sort((a, b) => b.at - a.at).map((m) => `<div class="msg-item" id="msg-${m.id}" data-msg-id="${m.id}">
<div class="msg-head"><span class="msg-no">No.${m.id}</span><h3 class="msg-title">${esc(m.title)}</h3>${m.reply ? '<span class="msg-state state-done">已回复</span>' : '<span class="msg-state state-pending">待回复</span>'}</div>
<div class="msg-info"><span class="msg-user">留言人：${esc(m.name)}</span><span class="msg-time">留言时间：${time(m.at, 'msg-date')}</span></div>
<div class="msg-content">${renderMessage(m.content)}</div>
${govReply(ctx, m)}
</div>`).join('\n');
  const who = isStaff(ctx.user)
    ? `当前工作人员：${esc(ctx.user.username)}（${esc(ctx.user.department)}），可在待回复的留言下直接答复。`
    : '工作人员登录后可在此答复留言（演示站：在论坛右上角切换身份）。';
  return sitePage({
    title: '公众留言 - 岱山县住房和城乡建设局', bodyClass: 'gov',
    header: `<header class="site-head gov-head"><div class="site-name">岱山县住房和城乡建设局</div><nav><a href="/gov/messages.html">公众留言</a><a href="/news/comments.html?id=1">岱山新闻网</a><a href="/forum.php">岱山论坛</a></nav></header>`,
    content: `<main class="gov-main">
<h1 class="board-title">公众留言</h1>
<p class="board-note">${who}</p>
<div class="msg-list" id="msg-list">
${items}
</div>
<form class="leave-form" id="leave-form" method="post" action="/gov/messages.html">
<h2>我要留言</h2>
<input type="hidden" name="action" value="leave">
<label>姓名 <input type="text" name="name" id="leave-name" maxlength="20" required></label>
<label>标题 <input type="text" name="title" id="leave-title" maxlength="60" required></label>
<textarea name="content" id="leave-content" rows="5" maxlength="2000" placeholder="请写明地点和具体问题" required></textarea>
<button type="submit" id="leave-submit">提交留言</button>
</form>
</main>`,
    script: '<script src="/static/demo/gov.js"></script>',
  });
}
