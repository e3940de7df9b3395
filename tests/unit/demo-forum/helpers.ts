// Shared helpers for the demo forum tests: fetch pages as a chosen user and parse them.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { Window } from 'happy-dom';
import { startDemoForum, type DemoForum } from '../../../tools/demo-forum/server.mjs';

/** Cookie header for a user; `0` is a guest, `undefined` sends no cookie (default user). */
export function asUser(uid?: number): Record<string, string> {
  return uid === undefined ? {} : { cookie: `demo_uid=${uid}` };
}

export async function getPage(base: string, path: string, uid?: number): Promise<{ status: number; html: string; doc: Document }> {
  const res = await fetch(base + path, { headers: asUser(uid), redirect: 'manual' });
  const html = await res.text();
  return { status: res.status, html, doc: parse(html) };
}

export function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export async function postForm(base: string, path: string, fields: Record<string, string>, uid?: number): Promise<Response> {
  return fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...asUser(uid) },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

export function formhashOf(doc: Document, formSelector: string): string {
  const input = doc.querySelector<HTMLInputElement>(`${formSelector} input[name="formhash"]`);
  if (!input) throw new Error(`no formhash in ${formSelector}`);
  return input.getAttribute('value') ?? '';
}

/** For a test file: one demo forum for all its tests, back to the seed before each. */
export function useFreshForum(): { forum: DemoForum } {
  const env = {} as { forum: DemoForum };
  beforeAll(async () => {
    env.forum = await startDemoForum();
  });
  afterAll(async () => {
    await env.forum.close();
  });
  beforeEach(async () => {
    await fetch(`${env.forum.url}/__reset`, { method: 'POST' });
  });
  return env;
}
