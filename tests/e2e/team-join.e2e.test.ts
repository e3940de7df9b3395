// Joining the shared ledger with ledgers that already exist: the office's 10,000 entries go up with
// progress shown, through a worker stopped halfway; 城建科's own ledger, holding some of the same
// entries, joins after; both end with the union and nothing twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ledgerCount } from './browser';
import { CHENGJIAN, connectThroughDashboard, OFFICE, openProfile, startTeamServer, syncedSince, type Profile, type TeamServer } from './team-profiles';

const OFFICE_ENTRIES = 10_000;
/** 城建科's ledger: this many of the office's entries (the same history, e.g. from one backup) and as many of its own. */
const SHARED = 50;
const OWN = 50;

/** Writes `count` captured entries numbered from `from` straight into the profile's ledger, as an earlier capture left them. */
function seedLedger(profile: Profile, from: number, count: number): Promise<void> {
  return profile.browser.sw.evaluate(
    ({ from, count }) =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open('forumwatch-ledger');
        req.onsuccess = () => {
          const tx = req.result.transaction(['entries', 'events'], 'readwrite');
          for (let n = from; n < from + count; n++) {
            const key = `bbs.example.cn/t${n}/p${n}`;
            const at = '2026-11-20T09:00:00+08:00';
            tx.objectStore('entries').put({
              key, site: 'bbs.example.cn', tid: String(n), pid: String(n), title: `帖子 ${n}`,
              url: `https://bbs.example.cn/forum.php?mod=viewthread&tid=${n}`, author: '岱山老街坊', authorUid: null,
              postedAt: null, excerpt: '', topics: [], capturedAt: at, status: 'new', dueAt: '2026-11-20T17:30:00+08:00',
              department: null, reply: null, newFollowUp: false, fixes: [], escalation: null, draft: null,
              pausedMs: 0, pausedAt: null, updatedAt: at,
            });
            tx.objectStore('events').add({ key, uid: `seed-${n}`, seq: 1, device: 'pc-seed', at, actor: '值班员', type: 'capture', to: 'new' });
          }
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        };
      }),
    { from, count },
  );
}

/** Events per entry key in this profile's ledger, for the keys holding more than one. */
function repeatedEvents(profile: Profile): Promise<string[]> {
  return profile.browser.sw.evaluate(
    () =>
      new Promise<string[]>((ok) => {
        const req = indexedDB.open('forumwatch-ledger');
        req.onsuccess = () => {
          const all = req.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => {
            const seen = new Map<string, number>();
            for (const e of all.result as { key: string }[]) seen.set(e.key, (seen.get(e.key) ?? 0) + 1);
            ok([...seen].filter(([, n]) => n > 1).map(([k]) => k));
          };
        };
      }),
  );
}

/** Samples the page's progress bar every 50 ms and keeps the last reading that had a total. */
async function watchProgress(page: Page): Promise<() => Promise<{ done: number; total: number } | null>> {
  await page.evaluate(() => {
    const w = window as unknown as { fwProgress: { done: number; total: number } | null };
    w.fwProgress = null;
    setInterval(() => {
      const bar = document.querySelector<HTMLProgressElement>('progress[data-fw-sync-progress]');
      if (bar && bar.getAttribute('max') !== null) w.fwProgress = { done: bar.value, total: bar.max };
    }, 50);
  });
  return () => page.evaluate(() => (window as unknown as { fwProgress: { done: number; total: number } | null }).fwProgress);
}

describe('joining the shared ledger with existing ledgers', () => {
  let server: TeamServer;
  let office: Profile;
  let chengjian: Profile;
  beforeAll(async () => {
    server = await startTeamServer();
    office = await openProfile(() => [server.port], { name: '办公室老张', department: '局办公室' });
    chengjian = await openProfile(() => [server.port], { name: '城建科小王', department: '城建科' });
    await seedLedger(office, 0, OFFICE_ENTRIES);
    await seedLedger(chengjian, OFFICE_ENTRIES - SHARED, SHARED + OWN);
  }, 120_000);
  afterAll(async () => {
    await office?.browser.close();
    await chengjian?.browser.close();
    await server?.close();
  });

  it('the office uploads 10,000 entries with progress shown; a worker stopped halfway resumes without duplicates', async () => {
    const team = await connectThroughDashboard(office, server.couch.url, OFFICE);
    const seen = await watchProgress(team);
    await expect.poll(async () => (await seen())?.done ?? 0, { timeout: 60_000, interval: 100 }).toBeGreaterThan(0);
    await expect.poll(() => server.entryCount(), { timeout: 60_000, interval: 200 }).toBeGreaterThan(1000);
    const cdp = await office.browser.ctx.newCDPSession(team);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect(await server.entryCount()).toBeLessThan(OFFICE_ENTRIES);
    // The page opens its live-sync port again, which starts the worker; the sync goes on from its last confirmed batch.
    await syncedSince(team, new Date().toISOString(), 150_000);
    expect(await server.entryCount()).toBe(OFFICE_ENTRIES);
    expect((await seen())?.total).toBeGreaterThan(0);
    const revs = await fetch(`${server.couch.url}/forumwatch/_all_docs?startkey=%22entry%3A%22&endkey=%22entry%3A%EF%BF%BF%22`, {
      headers: { authorization: `Basic ${Buffer.from(`${server.couch.admin.name}:${server.couch.admin.password}`).toString('base64')}` },
    }).then((r) => r.json());
    expect(revs.rows.filter((row: { value: { rev: string } }) => !row.value.rev.startsWith('1-'))).toEqual([]);
  }, 240_000);

  it("城建科's own ledger joins: it gets the office's entries with progress, the server gets its own, nothing twice", async () => {
    const team = await connectThroughDashboard(chengjian, server.couch.url, CHENGJIAN);
    const seen = await watchProgress(team);
    await expect.poll(() => ledgerCount(chengjian.browser.sw), { timeout: 180_000, interval: 500 }).toBe(OFFICE_ENTRIES + OWN);
    expect((await seen())?.total).toBeGreaterThan(0);
    await expect.poll(() => server.entryCount(), { timeout: 60_000 }).toBe(OFFICE_ENTRIES + OWN);
    expect(await repeatedEvents(chengjian)).toEqual([]);
    const shared = await server.doc(`entry:bbs.example.cn/t${OFFICE_ENTRIES - 1}/p${OFFICE_ENTRIES - 1}`);
    expect(shared.events).toHaveLength(1);
    expect(shared._conflicts).toBeUndefined();
  }, 240_000);
});
