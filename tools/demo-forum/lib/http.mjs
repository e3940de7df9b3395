// Request and response helpers for node:http.

import { createHash } from 'node:crypto';

/** The official staff account posts when no one picked a user, so a demo can reply at once. */
export const DEFAULT_UID = 2;
export const UID_COOKIE = 'demo_uid';
const MAX_BODY_BYTES = 256 * 1024;

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The signed-in uid: from the `demo_uid` cookie (`0` = guest), else the default staff account. */
export function currentUid(req, users) {
  const raw = cookies(req)[UID_COOKIE];
  if (raw === undefined) return DEFAULT_UID;
  const uid = Number(raw);
  return Number.isInteger(uid) && users.has(uid) ? uid : null;
}

function cookies(req) {
  const out = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

export function uidCookie(uid) {
  return `${UID_COOKIE}=${uid ?? 0}; Path=/; SameSite=Lax`;
}

/** Discuz's per-user form token; a fixed function of the uid is enough for a local demo. */
export function formhash(uid) {
  return createHash('sha1').update(`forumwatch-demo:${uid ?? 0}`).digest('hex').slice(0, 8);
}

/** Reads an urlencoded request body. */
export async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, '提交的内容太长');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function sendHtml(res, status, html, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(html);
}

/** An AJAX answer as Discuz sends it: text/xml, the content as CDATA in `<root>`. */
export function sendAjaxXml(res, content) {
  res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`<?xml version="1.0" encoding="utf-8"?>\n<root><![CDATA[${content.replaceAll(']]>', ']]]]><![CDATA[>')}]]></root>`);
}

export function sendJson(res, status, value) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value, null, 2));
}

export function redirect(res, location, headers = {}) {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...headers });
  res.end();
}
