// The shared ledger as two people meet it: 局办公室 (profile A) and 城建科 (profile B), each in
// their own Chromium profile, on the local CouchDB-compatible server and the demo forum.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startDemoForum } from '../../tools/demo-forum/server.mjs';
import { ledgerEntry } from './browser';
import { CHENGJIAN, connectThroughDashboard, OFFICE, openProfile, startTeamServer, syncedSince, syncState, type Profile, type TeamServer } from './team-profiles';

type DemoForum = Awaited<ReturnType<typeof startDemoForum>>;

let server: TeamServer;
let forum: DemoForum;
let office: Profile;
let chengjian: Profile;
/** The dashboards' 共享台账 pages, kept open: they hold the live sync. */
let officeTeam: Page;
let chengjianTeam: Page;
/** The entry captured in the first test and worked on in the next ones. */
let key: string;

const ports = () => [Number(new URL(forum.url).port), server.port];

async function captureFirstPost(profile: Profile, tid: number): Promise<string> {
  const page = await profile.browser.ctx.newPage();
  await page.goto(`${forum.url}/forum.php?mod=viewthread&tid=${tid}`);
  const first = page.locator('[data-fw-post]').first();
  await first.waitFor();
  await first.locator('[data-fw-action="capture"]').click();
  await expect.poll(() => first.getAttribute('data-fw-state')).toBe('new');
  const captured = (await first.getAttribute('data-fw-post'))!;
  await page.close();
  return captured;
}

/** The entry in the popup's day groups: 分派给我, listed above them once the sync status is read, may hold it too. */
const popupItem = (popup: Page, entryKey: string) => popup.locator(`[data-fw-group]:not([data-fw-group="popupAssignedToMe"]) [data-fw-ledger-item="${entryKey}"]`);

/** Opens the entry's details on the ledger page. */
async function ledgerDetails(profile: Profile, entryKey: string): Promise<Page> {
  const page = await profile.page('dashboard.html#ledger');
  await page.locator(`[data-fw-ledger-row="${entryKey}"]`).click();
  await page.locator(`[data-fw-ledger-details="${entryKey}"]`).waitFor();
  return page;
}

async function assignTo(profile: Profile, entryKey: string, department: string): Promise<void> {
  const popup = await profile.page('popup.html');
  const item = popupItem(popup, entryKey);
  await item.locator('[data-fw-action="assign"]').click();
  await item.locator('[data-fw-form="assign"] select').selectOption(department);
  await item.locator('[data-fw-form="assign"] button[type="submit"]').click();
  await expect.poll(async () => (await ledgerEntry(profile.browser.sw, entryKey))?.status).toBe('assigned');
  await popup.close();
}

async function addNote(profile: Profile, entryKey: string, note: string): Promise<void> {
  const popup = await profile.page('popup.html');
  const item = popupItem(popup, entryKey);
  await item.locator('[data-fw-action="note"]').click();
  await item.locator('[data-fw-form="note"] input[name="note"]').fill(note);
  await item.locator('[data-fw-form="note"] button[type="submit"]').click();
  await expect.poll(async () => (await history(profile, entryKey)).some((e) => e.note === note)).toBe(true);
  await popup.close();
}

/** The entry's events as this profile holds them. */
function history(profile: Profile, entryKey: string): Promise<{ uid: string; type: string; note?: string; actor: string }[]> {
  return profile.browser.sw.evaluate(
    (k) =>
      new Promise((ok) => {
        const req = indexedDB.open('forumwatch-ledger');
        req.onsuccess = () => {
          const all = req.result.transaction('events').objectStore('events').index('key').getAll(k);
          all.onsuccess = () => ok(all.result);
        };
      }),
    entryKey,
  );
}

describe('shared ledger between 局办公室 and 城建科', () => {
  beforeAll(async () => {
    server = await startTeamServer();
    forum = await startDemoForum();
    office = await openProfile(ports, { name: '办公室老张', department: '局办公室' });
    chengjian = await openProfile(ports, { name: '城建科小王', department: '城建科' });
    officeTeam = await connectThroughDashboard(office, server.couch.url, OFFICE);
    chengjianTeam = await connectThroughDashboard(chengjian, server.couch.url, CHENGJIAN);
    await syncedSince(officeTeam);
    await syncedSince(chengjianTeam);
  }, 120_000);
  afterAll(async () => {
    await office?.browser.close();
    await chengjian?.browser.close();
    await forum?.close();
    await server?.close();
  });

  it("shows each the server, the account's role and the time of the last sync", async () => {
    expect(await officeTeam.locator('[data-fw-sync-roles]').textContent()).toBe('身份：局办公室');
    expect(await chengjianTeam.locator('[data-fw-sync-roles]').textContent()).toBe('身份：城建科');
    expect(await officeTeam.locator('[data-fw-action="sync-publish"]').count()).toBe(1);
    expect(await chengjianTeam.locator('[data-fw-action="sync-publish"]').count()).toBe(0);
  });

  it("a capture in the office's browser appears in 城建科's popup", async () => {
    key = await captureFirstPost(office, 3);
    const popup = await chengjian.page('popup.html');
    await popupItem(popup, key).waitFor({ timeout: 30_000 });
    expect(await popupItem(popup, key).getAttribute('data-fw-status')).toBe('new');
    expect((await server.doc(`entry:${key}`)).events).toHaveLength(1);
    await popup.close();
  });

  it('the office assigns it; 城建科 is notified and finds it under 分派给我; their reply on the forum shows 已回复 at the office', async () => {
    await assignTo(office, key, '城建科');

    const popup = await chengjian.page('popup.html');
    await popup.locator(`[data-fw-group="popupAssignedToMe"] [data-fw-ledger-item="${key}"][data-fw-status="assigned"]`).waitFor({ timeout: 30_000 });
    const notes = await popup.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notes)).toContain(`team-assigned:${key}`);
    await popup.close();

    // 城建科小王 (a registered staff account of the demo) answers on the forum.
    const thread = await chengjian.browser.ctx.newPage();
    await thread.goto(`${forum.url}/login?uid=3&back=${encodeURIComponent('/forum.php?mod=viewthread&tid=3')}`);
    await thread.locator('#fastpostmessage').fill('感谢您的反映！城建科已安排人员现场核查，三个工作日内处理完毕。如有疑问请致电 0580-4471234。');
    await thread.locator('#fastpostsubmit').click();
    await expect.poll(async () => (await ledgerEntry(chengjian.browser.sw, key))?.status, { timeout: 15_000 }).toBe('replied');
    await thread.close();

    const officeAgain = await office.page('popup.html');
    await officeAgain.locator(`[data-fw-ledger-item="${key}"][data-fw-status="replied"]`).first().waitFor({ timeout: 30_000 });
    await officeAgain.close();
  });

  it("城建科 closing the entry is refused by the server, and the page says why", async () => {
    const details = await ledgerDetails(chengjian, key);
    await details.locator(`[data-fw-ledger-details="${key}"] [data-fw-workflow-action="close"]`).click();
    await expect.poll(() => chengjianTeam.locator('[data-fw-sync-error]').textContent(), { timeout: 30_000 }).toContain('只有局办公室可以办结');
    expect((await server.doc(`entry:${key}`)).status).toBe('replied');
    await details.close();
  });

  it('both add a note while the server is down; after it is back both notes are everywhere and no conflict is left', async () => {
    const noted = await captureFirstPost(office, 5);
    await assignTo(office, noted, '城建科');
    const popup = await chengjian.page('popup.html');
    await popup.locator(`[data-fw-ledger-item="${noted}"][data-fw-status="assigned"]`).first().waitFor({ timeout: 30_000 });
    await popup.close();

    await server.stop();
    await addNote(office, noted, '办公室：已电话回访');
    await addNote(chengjian, noted, '城建科：现场已处理');
    await expect.poll(() => syncState(officeTeam), { timeout: 30_000 }).toBe('offline');
    await expect.poll(() => syncState(chengjianTeam), { timeout: 30_000 }).toBe('offline');
    await server.restart();
    // Two rounds each after the restart, so each has pulled what the other pushed.
    for (let round = 0; round < 2; round++) {
      const since = new Date().toISOString();
      await syncedSince(officeTeam, since);
      await syncedSince(chengjianTeam, since);
    }

    const notes = (events: { note?: string; type: string }[]) => events.filter((e) => e.type === 'note').map((e) => e.note).sort();
    const both = ['办公室：已电话回访', '城建科：现场已处理'];
    // A write that met a newer copy on the server waits for the next pull: live sync finishes it within seconds.
    await expect.poll(async () => notes((await server.doc(`entry:${noted}`)).events), { timeout: 30_000 }).toEqual(both);
    const doc = await server.doc(`entry:${noted}`);
    expect(doc._conflicts).toBeUndefined();
    for (const profile of [office, chengjian]) {
      await expect.poll(async () => notes(await history(profile, noted)), { timeout: 30_000 }).toEqual(both);
      const events = await history(profile, noted);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      // Notes change no state: the entry is still assigned, on both and on the server.
      expect((await ledgerEntry(profile.browser.sw, noted))?.status).toBe('assigned');
    }
    expect(doc.status).toBe('assigned');
  });

  it('a wrong password gives a clear message and no retries: the state stays denied', async () => {
    await officeTeam.locator('[data-fw-action="sync-disconnect"]').click();
    await expect.poll(() => syncState(officeTeam)).toBe('off');
    await connectThroughDashboard(office, server.couch.url, { name: OFFICE.name, password: 'not-the-password' }).then((p) => p.close());
    await expect.poll(() => syncState(officeTeam), { timeout: 15_000 }).toBe('denied');
    expect(await officeTeam.locator('[data-fw-sync-error]').textContent()).toMatch(/密码/);
    // Live sync runs every few seconds while a page is open: a denied login is not tried again.
    const last = await officeTeam.locator('[data-fw-sync-status]').getAttribute('data-fw-sync-last');
    await new Promise((ok) => setTimeout(ok, 8000));
    expect(await syncState(officeTeam)).toBe('denied');
    expect(await officeTeam.locator('[data-fw-sync-status]').getAttribute('data-fw-sync-last')).toBe(last);
  });
});
