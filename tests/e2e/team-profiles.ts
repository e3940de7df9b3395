// Two (or more) browser profiles on one shared ledger: the local CouchDB-compatible server with a
// temporary data folder, set up with tools/team/setup.mjs, and helpers that act through the pages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalCouch, type LocalCouch } from '../../tools/team/local-server.mjs';
import { setup, type TeamUser } from '../../tools/team/setup.mjs';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import type { SyncStatus } from '../../utils/team/sync-status';

export const DB = 'forumwatch';
export const OFFICE: TeamUser = { name: 'bangongshi', password: 'office-pass-2026', roles: ['fw-member', 'fw-office'] };
export const CHENGJIAN: TeamUser = { name: 'xiaowang', password: 'chengjian-pass-2026', roles: ['fw-member', 'fw-dept:城建科'] };

export interface TeamServer {
  couch: LocalCouch;
  port: number;
  /** Stops the server, keeping its data. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  restart(): Promise<void>;
  /** A document as the server holds it, with `_conflicts` when there are any; null when missing. */
  doc(id: string, db?: string): Promise<any>;
  /** How many entry documents the database holds. */
  entryCount(db?: string): Promise<number>;
  close(): Promise<void>;
}

export async function startTeamServer(databases: string[] = [DB]): Promise<TeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fw-team-e2e-'));
  let couch = await startLocalCouch({ dataDir });
  for (const db of databases) await setup({ url: couch.url, db, admin: couch.admin, users: [OFFICE, CHENGJIAN] });
  const port = Number(new URL(couch.url).port);
  const admin = () => `Basic ${Buffer.from(`${couch.admin.name}:${couch.admin.password}`).toString('base64')}`;
  const get = async (path: string) => {
    const answer = await fetch(`${couch.url}${path}`, { headers: { authorization: admin() } });
    return answer.status === 404 ? null : answer.json();
  };
  let running = true;
  return {
    get couch() {
      return couch;
    },
    port,
    async stop() {
      await couch.close();
      running = false;
    },
    async restart() {
      couch = await startLocalCouch({ dataDir, port, admin: couch.admin });
      running = true;
    },
    doc: (id, db = DB) => get(`/${db}/${encodeURIComponent(id)}?conflicts=true`),
    async entryCount(db = DB) {
      const all = await get(`/${db}/_all_docs?startkey=%22entry%3A%22&endkey=%22entry%3A%EF%BF%BF%22`);
      return all.rows.length;
    },
    async close() {
      if (running) await couch.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Profile {
  browser: ExtensionBrowser;
  /** An extension page of this profile. */
  page(path: string): Promise<Page>;
  status(): Promise<SyncStatus>;
}

/** A fresh profile with the development build, its identity set (the ledger's actor and department). */
export async function openProfile(ports: () => number[], identity: { name: string; department: string }): Promise<Profile> {
  const browser = await launchWithExtension(ports);
  await browser.sw.evaluate(async (user) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, user } });
  }, identity);
  return {
    browser,
    async page(path) {
      const page = await browser.ctx.newPage();
      await page.goto(`chrome-extension://${browser.extId}/${path}`);
      return page;
    },
    status: () => browser.sw.evaluate(async () => (await chrome.storage.local.get('teamSyncStatus')).teamSyncStatus ?? { state: 'off' }),
  };
}

/** Fills in 共享台账 on the dashboard and clicks 连接; the page stays open (it holds the live sync). */
export async function connectThroughDashboard(profile: Profile, url: string, user: Pick<TeamUser, 'name' | 'password'>, db = DB): Promise<Page> {
  const page = await profile.page('dashboard.html#team');
  const form = page.locator('[data-fw-sync]');
  await form.locator('input[name="url"]').fill(url);
  await form.locator('input[name="db"]').fill(db);
  await form.locator('input[name="user"]').fill(user.name);
  await form.locator('input[name="password"]').fill(user.password);
  await form.locator('[data-fw-action="sync-connect"]').click();
  if ((await form.locator('input[name="password"]').inputValue()) !== '') throw new Error('the password is still on the page after 连接');
  return page;
}

export const syncState = (page: Page) => page.locator('[data-fw-sync-status]').getAttribute('data-fw-sync-state');

/** Resolves once `check` holds; works in hooks too, where expect.poll may not be used. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

/** Waits until the page shows a completed sync after `after` (ISO), e.g. the time a change was made. */
export function syncedSince(page: Page, after = '', timeout = 30_000): Promise<void> {
  const since = Date.parse(after || '1970-01-01');
  return until(async () => {
    const status = page.locator('[data-fw-sync-status]');
    const last = (await status.getAttribute('data-fw-sync-last')) ?? '';
    return (await status.getAttribute('data-fw-sync-state')) === 'idle' && last !== '' && Date.parse(last) > since;
  }, `a sync after ${after || 'the start'}`, timeout);
}
