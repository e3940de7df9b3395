// URL → page. Every route of the demo: the Discuz pages under forum.php,
// home.php and member.php, the two generic pages, the identity switcher, and
// the test hooks /__state and /__reset.

import { readFile } from 'node:fs/promises';
import { esc } from './lib/html.mjs';
import { HttpError, currentUid, formhash, readForm, redirect, sendAjaxXml, sendHtml, sendJson, uidCookie } from './lib/http.mjs';
import { addGovMessage, addGovReply, addNewsComment, addReply, addThread, forumOf, isStaff, resetState, stateJSON, threadPosts, userOf } from './store.mjs';
import { indexPage, touchIndexPage } from './pages/index.mjs';
import { forumdisplayPage, touchForumdisplayPage } from './pages/forumdisplay.mjs';
import { newReplyFragment, pageOfFloor, touchViewthreadPage, viewthreadPage } from './pages/viewthread.mjs';
import { advancedReplyPage, messagePage, replyWindowFragment, replySucceededScript, touchReplyPage } from './pages/post.mjs';
import { loginPage, spacePage } from './pages/member.mjs';
import { govPage, newsPage } from './pages/generic.mjs';

const MIN_POST_CHARS = 2;
const MAX_POST_CHARS = 10000;

const STATIC_FILES = {
  '/static/demo/forum.css': ['forum.css', 'text/css'],
  '/static/demo/forum.js': ['forum.js', 'text/javascript'],
  '/static/demo/editor.js': ['editor.js', 'text/javascript'],
  '/static/demo/gov.js': ['gov.js', 'text/javascript'],
  '/static/demo/site.css': ['site.css', 'text/css'],
  '/static/image/mobile/style.css': ['touch.css', 'text/css'],
};
const STATIC_DIR = new URL('./static/', import.meta.url);

/** Handles one request against `state`; errors become Discuz-style message pages. */
export async function handleRequest(state, req, res) {
  const ctx = requestContext(state, req);
  try {
    await route(ctx, req, res);
  } catch (err) {
    if (!(err instanceof HttpError)) console.error(err);
    if (!res.headersSent) sendError(ctx, res, err);
    else res.end();
  }
}

function requestContext(state, req) {
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  const uid = currentUid(req, state.users);
  return {
    state,
    uid,
    user: uid === null ? null : userOf(state, uid),
    now: Date.now(),
    siteUrl: `http://${req.headers.host ?? '127.0.0.1'}/`,
    formhash: formhash(uid),
    backPath: `${url.pathname}${url.search}`,
    url,
    touch: url.searchParams.get('mobile') === '2',
  };
}

async function route(ctx, req, res) {
  const { state, url } = ctx;
  const q = url.searchParams;
  const post = req.method === 'POST';

  switch (url.pathname) {
    case '/':
    case '/index.php':
      return redirect(res, ctx.touch ? '/forum.php?mobile=2' : '/forum.php');
    case '/forum.php':
      return post ? forumPost(ctx, req, res) : forumGet(ctx, res);
    case '/home.php': {
      const user = q.has('uid') ? userOf(state, Number(q.get('uid'))) : [...state.users.values()].find((u) => u.username === q.get('username'));
      if (!user) throw new HttpError(404, '抱歉，您指定的用户空间不存在');
      return sendHtml(res, 200, spacePage(ctx, user));
    }
    case '/member.php':
      if (q.get('action') === 'logout') return redirect(res, '/forum.php', { 'Set-Cookie': uidCookie(null) });
      return redirect(res, '/login');
    case '/login':
      return login(ctx, res);
    case '/uc_server/avatar.php':
      return avatar(state, Number(q.get('uid')), res);
    case '/news/comments.html':
      return post ? newsPost(ctx, req, res) : newsGet(ctx, res);
    case '/gov/messages.html':
      return post ? govPost(ctx, req, res) : sendHtml(res, 200, govPage(ctx));
    case '/favicon.ico':
      res.writeHead(204);
      return res.end();
    case '/__state':
      return sendJson(res, 200, stateJSON(state));
    case '/__post':
      if (!post) throw new HttpError(405, '请用 POST');
      return postAsMember(ctx, req, res);
    case '/__thread':
      if (!post) throw new HttpError(405, '请用 POST');
      return threadAsMember(ctx, req, res);
    case '/__reset':
      if (!post) throw new HttpError(405, '请用 POST');
      resetState(state, Date.now());
      return sendJson(res, 200, { ok: true });
    default:
      if (STATIC_FILES[url.pathname]) return staticFile(url.pathname, res);
      throw new HttpError(404, '页面不存在');
  }
}

/** Writes an error as Discuz's message page (or plain text for AJAX requests). */
function sendError(ctx, res, err) {
  const status = err instanceof HttpError ? err.status : 500;
  const text = err instanceof HttpError ? err.message : `服务器错误：${err?.message ?? err}`;
  if (ctx.url.searchParams.get('inajax') === '1') {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end(text);
  }
  if (ctx.url.pathname === '/forum.php') return sendHtml(res, status, messagePage(ctx, text, { touch: ctx.touch }));
  return sendHtml(res, status, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${status}</title></head><body><p>${esc(text)}</p><p><a href="/forum.php">返回岱山论坛</a></p></body></html>`);
}

function intParam(q, name, fallback = null) {
  const value = Number(q.get(name));
  return q.has(name) && Number.isInteger(value) ? value : fallback;
}

function threadOr404(ctx, tid) {
  const thread = ctx.state.threads.get(tid);
  if (!thread) throw new HttpError(404, '抱歉，指定的主题不存在或已被删除或正在被审核');
  return thread;
}

function forumGet(ctx, res) {
  const q = ctx.url.searchParams;
  switch (q.get('mod')) {
    case null:
    case 'index':
      return sendHtml(res, 200, ctx.touch ? touchIndexPage(ctx) : indexPage(ctx));
    case 'forumdisplay': {
      const forum = forumOf(ctx.state, intParam(q, 'fid'));
      if (!forum) throw new HttpError(404, '抱歉，指定的版块不存在');
      const opts = { page: intParam(q, 'page', 1), typeid: q.get('filter') === 'typeid' ? intParam(q, 'typeid') : null };
      return sendHtml(res, 200, ctx.touch ? touchForumdisplayPage(ctx, forum, opts) : forumdisplayPage(ctx, forum, opts));
    }
    case 'viewthread': {
      const thread = threadOr404(ctx, intParam(q, 'tid'));
      if (q.has('viewpid') && q.get('inajax') === '1') return sendNewReply(ctx, res, thread, intParam(q, 'viewpid'));
      const page = intParam(q, 'page', 1);
      const html = ctx.touch ? touchViewthreadPage(ctx, thread, page) : viewthreadPage(ctx, thread, page);
      if (html === null) throw new HttpError(404, '抱歉，本帖没有这一页');
      thread.views++;
      return sendHtml(res, 200, html);
    }
    case 'redirect':
      return findPost(ctx, res);
    case 'post': {
      if (q.get('action') !== 'reply') throw new HttpError(404, '演示站只支持回复主题');
      const thread = threadOr404(ctx, intParam(q, 'tid'));
      const refs = { repquote: intParam(q, 'repquote'), reppost: intParam(q, 'reppost') };
      if (q.get('inajax') === '1') return sendAjaxXml(res, replyWindowFragment(ctx, thread, refs));
      if (!ctx.user) throw new HttpError(403, '您需要先登录才能继续本操作');
      return sendHtml(res, 200, ctx.touch ? touchReplyPage(ctx, thread, refs) : advancedReplyPage(ctx, thread, refs));
    }
    default:
      throw new HttpError(404, '演示站没有这个页面');
  }
}

/** `viewpid=PID&inajax=1`: the one post the forum's script fetches after an AJAX reply. */
function sendNewReply(ctx, res, thread, pid) {
  const post = threadPosts(ctx.state, thread).find((p) => p.pid === pid);
  if (!post) throw new HttpError(404, '抱歉，指定的帖子不存在');
  return sendAjaxXml(res, newReplyFragment(ctx, thread, post));
}

/** forum.php?mod=redirect: `goto=findpost&pid=` or `goto=lastpost&tid=` → the right page and anchor. */
function findPost(ctx, res) {
  const q = ctx.url.searchParams;
  let post;
  if (q.get('goto') === 'lastpost') {
    const thread = threadOr404(ctx, intParam(q, 'tid'));
    post = threadPosts(ctx.state, thread).at(-1);
  } else {
    const stored = ctx.state.posts.get(intParam(q, 'pid'));
    if (!stored) throw new HttpError(404, '抱歉，指定的帖子不存在');
    post = threadPosts(ctx.state, ctx.state.threads.get(stored.tid)).find((p) => p.pid === stored.pid);
  }
  const mobile = ctx.touch ? '&mobile=2' : '';
  return redirect(res, `/forum.php?mod=viewthread&tid=${post.tid}&page=${pageOfFloor(post.floor)}${mobile}#pid${post.pid}`);
}

/** A reply from the quick-reply form, the pop-up window, the advanced page or the touch page. */
async function forumPost(ctx, req, res) {
  const q = ctx.url.searchParams;
  if (q.get('mod') !== 'post' || q.get('action') !== 'reply') throw new HttpError(405, '不支持的操作');
  const thread = threadOr404(ctx, intParam(q, 'tid'));
  const form = await readForm(req);
  if (!ctx.user) throw new HttpError(403, '您需要先登录才能继续本操作');
  if (form.get('formhash') !== ctx.formhash) throw new HttpError(400, '您的请求来路不正确或表单验证串不符，无法提交');
  const message = (form.get('message') ?? '').replace(/\r\n?/g, '\n').trim();
  const length = Array.from(message).length;
  if (length < MIN_POST_CHARS || length > MAX_POST_CHARS) {
    throw new HttpError(400, `抱歉，您的帖子小于 ${MIN_POST_CHARS} 个字符或超过 ${MAX_POST_CHARS} 个字符的限制`);
  }
  const quotePid = form.get('noticetrimstr') ? Number(form.get('reppid')) || null : null;
  const stored = addReply(ctx.state, { tid: thread.tid, uid: ctx.uid, message, quotePid, now: Date.now() });
  if (q.get('inajax') === '1') return sendAjaxXml(res, replySucceededScript(thread, stored, handlekeyOf(q, form)));
  const mobile = ctx.touch ? '&mobile=2' : '';
  return redirect(res, `/forum.php?mod=viewthread&tid=${thread.tid}&page=${pageOfFloor(stored.floor)}${mobile}#pid${stored.pid}`);
}

/**
 * A reply by any member, as if posted from another browser (a staff reply, a netizen's thanks or
 * pushback): form fields `tid`, `uid`, `message`. Answers the new post's pid and floor.
 */
async function postAsMember(ctx, req, res) {
  const form = await readForm(req);
  const thread = threadOr404(ctx, Number(form.get('tid')));
  const uid = Number(form.get('uid'));
  if (!ctx.state.users.has(uid)) throw new HttpError(400, '没有这个用户');
  const message = (form.get('message') ?? '').trim();
  if (Array.from(message).length < MIN_POST_CHARS) throw new HttpError(400, '回复内容太短');
  const stored = addReply(ctx.state, { tid: thread.tid, uid, message: message.slice(0, MAX_POST_CHARS), now: Date.now() });
  return sendJson(res, 200, { pid: stored.pid, floor: stored.floor });
}

/** A new thread by any member on a board (form fields `fid`, `uid`, `subject`, `message`), as if from another browser. Answers its tid and pid. */
async function threadAsMember(ctx, req, res) {
  const form = await readForm(req);
  const forum = forumOf(ctx.state, Number(form.get('fid')));
  if (!forum) throw new HttpError(404, '抱歉，指定的版块不存在');
  const uid = Number(form.get('uid'));
  if (!ctx.state.users.has(uid)) throw new HttpError(400, '没有这个用户');
  const subject = (form.get('subject') ?? '').trim().slice(0, 80);
  const message = (form.get('message') ?? '').trim();
  if (!subject || Array.from(message).length < MIN_POST_CHARS) throw new HttpError(400, '标题和内容都要填写');
  return sendJson(res, 200, addThread(ctx.state, { fid: forum.fid, uid, subject, message: message.slice(0, MAX_POST_CHARS), now: Date.now() }));
}

/** Which success handler the AJAX answer calls: the form's `handlekey` (`fastpost`, `reply`). */
function handlekeyOf(q, form) {
  const key = q.get('handlekey') ?? form.get('handlekey') ?? '';
  return /^[a-z_]+$/.test(key) ? key : 'fastpost';
}

function login(ctx, res) {
  const q = ctx.url.searchParams;
  if (!q.has('uid')) return sendHtml(res, 200, loginPage(ctx));
  const uid = Number(q.get('uid'));
  const known = Number.isInteger(uid) && ctx.state.users.has(uid) ? uid : null;
  const back = q.get('back') ?? '';
  const target = back.startsWith('/') && !back.startsWith('//') ? back : '/forum.php';
  return redirect(res, target, { 'Set-Cookie': uidCookie(known) });
}

function newsArticle(ctx) {
  const id = intParam(ctx.url.searchParams, 'id', 1);
  const article = ctx.state.news.articles.find((a) => a.id === id);
  if (!article) throw new HttpError(404, '文章不存在');
  return article;
}

function newsGet(ctx, res) {
  return sendHtml(res, 200, newsPage(ctx, newsArticle(ctx)));
}

async function newsPost(ctx, req, res) {
  const article = newsArticle(ctx);
  const form = await readForm(req);
  const content = (form.get('content') ?? '').trim();
  const nickname = (form.get('nickname') ?? '').trim().slice(0, 20) || '岱山网友';
  if (!content) throw new HttpError(400, '评论内容不能为空');
  const comment = addNewsComment(ctx.state, { articleId: article.id, nickname, content: content.slice(0, 1000) });
  return redirect(res, `/news/comments.html?id=${article.id}#c${comment.cid}`);
}

async function govPost(ctx, req, res) {
  const form = await readForm(req);
  const content = (form.get('content') ?? '').trim();
  if (!content) throw new HttpError(400, '内容不能为空');
  if (form.get('action') === 'reply') {
    if (!isStaff(ctx.user)) throw new HttpError(403, '只有工作人员可以答复留言');
    const id = Number(form.get('id'));
    if (!ctx.state.gov.messages.some((m) => m.id === id)) throw new HttpError(404, '留言不存在');
    addGovReply(ctx.state, { id, uid: ctx.uid, content: content.slice(0, 2000) });
    return redirect(res, `/gov/messages.html#msg-${id}`);
  }
  const name = (form.get('name') ?? '').trim().slice(0, 20);
  const title = (form.get('title') ?? '').trim().slice(0, 60);
  if (!name || !title) throw new HttpError(400, '请填写姓名和标题');
  const message = addGovMessage(ctx.state, { title, name, content: content.slice(0, 2000) });
  return redirect(res, `/gov/messages.html#msg-${message.id}`);
}

const AVATAR_COLOURS = ['#4a7ab5', '#6b8e23', '#b5651d', '#8e44ad', '#2e8b8b', '#c0392b', '#7f8c8d'];

/** A generated avatar: the first character of the name on a coloured square. */
function avatar(state, uid, res) {
  const user = userOf(state, uid);
  const letter = user ? Array.from(user.username)[0] : '?';
  const colour = user?.department ? '#1f5fa8' : AVATAR_COLOURS[(uid || 0) % AVATAR_COLOURS.length];
  res.writeHead(200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'max-age=3600' });
  res.end(`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><rect width="120" height="120" rx="8" fill="${colour}"/><text x="60" y="78" font-size="56" text-anchor="middle" fill="#fff" font-family="sans-serif">${esc(letter)}</text></svg>`);
}

async function staticFile(pathname, res) {
  const [file, type] = STATIC_FILES[pathname];
  const body = await readFile(new URL(file, STATIC_DIR));
  res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-cache' });
  res.end(body);
}
