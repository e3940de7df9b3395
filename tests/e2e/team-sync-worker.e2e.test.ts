// The team sync in the real worker: connecting from an extension page, then a capture reaches the server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCouch, type LocalCouch } from '../../tools/team/local-server.mjs';
import { adminClient, setup, type TeamUser } from '../../tools/team/setup.mjs';
import { launchWithExtension, ledgerEntry, type ExtensionBrowser } from './browser';
import { capturedDoc } from '../unit/team/team-docs';

const DB = 'forumwatch';
const OFFICE: TeamUser = { name: 'bangongshi', password: 'office-pass-2026', roles: ['fw-member', 'fw-office'] };

describe('team sync in the worker', () => {
  let couch: LocalCouch;
  let dir: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-team-worker-'));
    couch = await startLocalCouch({ dataDir: join(dir, 'couch') });
    await setup({ url: couch.url, db: DB, admin: couch.admin, users: [OFFICE] });
    browser = await launchWithExtension(() => [Number(new URL(couch.url).port)]);
  });
  afterAll(async () => {
    await browser?.close();
    await couch?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("connects from the dashboard; a hand-typed capture reaches the server and a colleague's entry arrives while the page is open", async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extId}/dashboard.html#ledger`);
    const send = (message: object) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

    const wrong = await send({ type: 'teamConnect', connection: { url: couch.url, db: DB, user: OFFICE.name, password: 'wrong-password' } });
    expect(wrong).toMatchObject({ state: 'denied', lastError: '用户名或密码不对 / Wrong user name or password' });

    const connected = await send({ type: 'teamConnect', connection: { url: couch.url, db: DB, user: OFFICE.name, password: OFFICE.password } });
    expect(connected).toMatchObject({ state: 'syncing', server: { url: couch.url, db: DB, user: OFFICE.name, roles: ['fw-member', 'fw-office'] } });
    await expect.poll(async () => ((await send({ type: 'teamStatus' })) as { state: string }).state, { timeout: 15_000 }).toBe('idle');

    const form = page.locator('[data-fw-manual-entry]');
    await form.locator('summary').click();
    await form.locator('[name="title"]').fill('电话反映：五叉路口井盖松动');
    await form.locator('button[type="submit"]').click();

    const titles = async () => {
      const all = await adminClient(couch.url, couch.admin).request('GET', `/${DB}/_all_docs?include_docs=true`);
      return (all.json.rows as { doc: { title?: string } }[]).map((row) => row.doc.title);
    };
    await expect.poll(titles, { timeout: 15_000 }).toContain('电话反映：五叉路口井盖松动');
    await expect.poll(async () => ((await send({ type: 'teamStatus' })) as { pending: number }).pending, { timeout: 15_000 }).toBe(0);
    // The password stays in the worker's own key, never in what the pages' status shows.
    expect(JSON.stringify(await send({ type: 'teamStatus' }))).not.toContain(OFFICE.password);

    // While a page holds the live port, a colleague's new entry arrives within seconds, before the minute's alarm.
    await page.evaluate(() => void chrome.runtime.connect({ name: 'team-live' }));
    const colleague = capturedDoc(777);
    const saved = await adminClient(couch.url, couch.admin).request('PUT', `/${DB}/${encodeURIComponent(colleague._id)}`, colleague);
    expect(saved.status).toBe(201);
    await expect.poll(async () => (await ledgerEntry(browser.sw, colleague.key))?.title, { timeout: 15_000 }).toBe(colleague.title);
  });
});
