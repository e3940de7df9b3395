// The demo forum's in-memory data: built from seed.mjs, changed by replies,
// comments and staff answers, reset on demand.

import { CATEGORIES, FORUMS, GOV_MESSAGES, NEWS_ARTICLES, THREADS, USERS } from './seed.mjs';
import { daysAgoAt, shanghaiISO } from './lib/dates.mjs';

const MINUTE = 60_000;

/** A fresh state dated from `now`. */
export function createState(now = Date.now()) {
  const state = {};
  resetState(state, now);
  return state;
}

/** Replaces the contents of `state` in place (callers keep their reference). */
export function resetState(state, now = Date.now()) {
  for (const key of Object.keys(state)) delete state[key];
  Object.assign(state, seed(now));
}

function seed(now) {
  const users = new Map(USERS.map((u) => [u.uid, { ...u }]));
  const threads = new Map();
  const posts = new Map();
  let nextPid = 1;
  for (const spec of THREADS) {
    const times = resolveTimes(spec.posts.map((p) => p.at ?? { after: p.after }), now);
    const pids = spec.posts.map(() => nextPid++);
    spec.posts.forEach((p, i) => {
      posts.set(pids[i], {
        pid: pids[i],
        tid: spec.tid,
        authorUid: p.uid,
        dateline: times[i],
        message: p.text,
        quotePid: p.quote === undefined ? null : pids[p.quote],
        edited: p.edited ? { uid: p.uid, at: Math.min(times[i] + p.edited.after * MINUTE, now - MINUTE) } : null,
      });
    });
    threads.set(spec.tid, {
      tid: spec.tid,
      fid: spec.fid,
      typeid: spec.typeid ?? null,
      subject: spec.subject,
      authorUid: spec.posts[0].uid,
      dateline: times[0],
      views: spec.views,
      sticky: Boolean(spec.sticky),
      digest: Boolean(spec.digest),
      pids,
    });
  }
  let nextCid = 1;
  const comments = [];
  const articles = NEWS_ARTICLES.map((a) => {
    for (const c of a.comments) {
      comments.push({ cid: nextCid++, articleId: a.id, nickname: c.nickname, area: c.area, at: resolveAt(c.at, now), content: c.content });
    }
    return { id: a.id, title: a.title, source: a.source, at: resolveAt(a.at, now), body: [...a.body] };
  });
  const messages = GOV_MESSAGES.map((m) => ({
    id: m.id, title: m.title, name: m.name, at: resolveAt(m.at, now), content: m.content,
    reply: m.reply ? { uid: m.reply.uid, at: resolveAt(m.reply.at, now), content: m.reply.content } : null,
  }));
  return {
    startedAt: now,
    users,
    categories: CATEGORIES.map((c) => ({ ...c })),
    forums: FORUMS.map((f) => ({ ...f, types: { ...f.types } })),
    threads,
    posts,
    nextPid,
    news: { articles, comments, nextCid },
    gov: { messages, nextId: messages.length + 1 },
  };
}

function resolveAt(spec, now) {
  if ('days' in spec) return daysAgoAt(now, spec.days, spec.at);
  if ('mins' in spec) return Math.round(now - spec.mins * MINUTE);
  throw new Error(`seed time needs days or mins: ${JSON.stringify(spec)}`);
}

/** Post times of one thread: in order, and never later than a minute per remaining post before `now`. */
function resolveTimes(specs, now) {
  const times = [];
  specs.forEach((spec, i) => {
    const t = 'after' in spec ? times[i - 1] + Math.round(spec.after * MINUTE) : resolveAt(spec, now);
    times.push(t);
  });
  return times.map((t, i) => Math.min(t, now - (specs.length - i) * MINUTE));
}

export function forumOf(state, fid) {
  return state.forums.find((f) => f.fid === fid) ?? null;
}

export function userOf(state, uid) {
  return state.users.get(uid) ?? null;
}

export function isStaff(user) {
  return Boolean(user?.department);
}

/** Posts of a thread in floor order, each with its 1-based `floor`. */
export function threadPosts(state, thread) {
  return thread.pids.map((pid, i) => ({ ...state.posts.get(pid), floor: i + 1 }));
}

export function lastPostOf(state, thread) {
  return state.posts.get(thread.pids[thread.pids.length - 1]);
}

/** Threads of a board: sticky ones first, then by last post, newest first. */
export function forumThreads(state, fid, typeid = null) {
  return [...state.threads.values()]
    .filter((t) => t.fid === fid && (typeid === null || t.typeid === typeid))
    .sort((a, b) => Number(b.sticky) - Number(a.sticky) || lastPostOf(state, b).dateline - lastPostOf(state, a).dateline);
}

/** Appends a reply; returns the stored post with its floor. */
export function addReply(state, { tid, uid, message, quotePid = null, now = Date.now() }) {
  const thread = state.threads.get(tid);
  if (!thread) throw new Error(`no thread ${tid}`);
  const pid = state.nextPid++;
  const validQuote = quotePid !== null && thread.pids.includes(quotePid) ? quotePid : null;
  state.posts.set(pid, { pid, tid, authorUid: uid, dateline: now, message, quotePid: validQuote, edited: null });
  thread.pids.push(pid);
  return { ...state.posts.get(pid), floor: thread.pids.length };
}

/** Starts a thread on a board; returns it with its first post's pid. */
export function addThread(state, { fid, uid, subject, message, now = Date.now() }) {
  const tid = Math.max(...state.threads.keys()) + 1;
  const pid = state.nextPid++;
  state.posts.set(pid, { pid, tid, authorUid: uid, dateline: now, message, quotePid: null, edited: null });
  const thread = { tid, fid, typeid: null, subject, authorUid: uid, dateline: now, views: 0, sticky: false, digest: false, pids: [pid] };
  state.threads.set(tid, thread);
  return { tid, pid };
}

export function addNewsComment(state, { articleId, nickname, content, now = Date.now() }) {
  const comment = { cid: state.news.nextCid++, articleId, nickname, area: '本地', at: now, content };
  state.news.comments.push(comment);
  return comment;
}

export function addGovMessage(state, { title, name, content, now = Date.now() }) {
  const message = { id: state.gov.nextId++, title, name, at: now, content, reply: null };
  state.gov.messages.push(message);
  return message;
}

export function addGovReply(state, { id, uid, content, now = Date.now() }) {
  const message = state.gov.messages.find((m) => m.id === id);
  if (!message) throw new Error(`no message ${id}`);
  message.reply = { uid, at: now, content };
  return message;
}

/** Everything as plain JSON, times as ISO 8601 (+08:00), for tests. */
export function stateJSON(state) {
  const userJSON = (u) => ({ uid: u.uid, username: u.username, staff: isStaff(u), department: u.department ?? null, official: Boolean(u.official) });
  const name = (uid) => userOf(state, uid)?.username ?? null;
  return {
    startedAt: shanghaiISO(state.startedAt),
    users: [...state.users.values()].map(userJSON),
    forums: state.forums.map((f) => ({ fid: f.fid, gid: f.gid, name: f.name, types: f.types })),
    threads: [...state.threads.values()].map((t) => ({
      tid: t.tid, fid: t.fid, typeid: t.typeid, type: t.typeid ? forumOf(state, t.fid).types[t.typeid] : null,
      subject: t.subject, author: name(t.authorUid), authorUid: t.authorUid, sticky: t.sticky, digest: t.digest,
      posts: threadPosts(state, t).map((p) => ({
        pid: p.pid, floor: p.floor, author: name(p.authorUid), authorUid: p.authorUid,
        authorIsStaff: isStaff(userOf(state, p.authorUid)), postedAt: shanghaiISO(p.dateline),
        message: p.message, quotePid: p.quotePid, editedAt: p.edited ? shanghaiISO(p.edited.at) : null,
      })),
    })),
    news: {
      articles: state.news.articles.map((a) => ({
        id: a.id, title: a.title, publishedAt: shanghaiISO(a.at),
        comments: state.news.comments.filter((c) => c.articleId === a.id)
          .map((c) => ({ cid: c.cid, nickname: c.nickname, postedAt: shanghaiISO(c.at), content: c.content })),
      })),
    },
    gov: {
      messages: state.gov.messages.map((m) => ({
        id: m.id, title: m.title, name: m.name, postedAt: shanghaiISO(m.at), content: m.content,
        reply: m.reply ? { by: name(m.reply.uid), department: userOf(state, m.reply.uid)?.department ?? null, at: shanghaiISO(m.reply.at), content: m.reply.content } : null,
      })),
    },
  };
}
