// Shared-ledger benchmark, headless Chromium with the built extension and the local
// CouchDB-compatible server: a change on A until B holds it (median of 20), with B syncing live
// (its dashboard open) and one-shot (B opens the popup afterwards); the first sync of 10,000
// entries up from A and down to B; the dashboard's ledger table at 100,000 entries with sync off
// and on. `node bench/team/run.mjs [--quick]` or `runTeamBench()` from the main benchmark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLocalCouch } from '../../tools/team/local-server.mjs';
import { setup } from '../../tools/team/setup.mjs';
import { seedLedger } from '../ledger/seed.mjs';
import { launch } from '../ledger/run.mjs';
import { duration, median } from '../stats.mjs';

const DB = 'forumwatch';
const OFFICE = { name: 'bangongshi', password: 'office-pass-2026', roles: ['fw-member', 'fw-office'] };
const SEED_CHUNK = 20_000;

async function launchProfile(extDir) {
  const browser = await launch(extDir);
  const base = browser.dashboard.replace('/dashboard.html#ledger', '');
  const sw = browser.ctx.serviceWorkers()[0];
  await sw.evaluate(async () => {
    while (!(await chrome.storage.local.get('settings')).settings) await new Promise((ok) => setTimeout(ok, 50));
  });
  return {
    sw,
    async page(path) {
      const page = await browser.ctx.newPage();
      await page.goto(`${base}/${path}`);
      return page;
    },
    close: browser.close,
  };
}

/** Connects from an extension page (which then holds the live sync while it stays open). */
async function connect(browser, url) {
  const page = await browser.page('dashboard.html#team');
  const answer = await page.evaluate((connection) => chrome.runtime.sendMessage({ type: 'teamConnect', connection }), { url, db: DB, user: OFFICE.name, password: OFFICE.password });
  if (answer?.error) throw new Error(answer.error);
  return page;
}

/** Resolves once the sync status is idle with nothing left to upload. */
function synced(sw, timeoutMs = 600_000) {
  return sw.evaluate(async (timeout) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const { teamSyncStatus: s } = await chrome.storage.local.get('teamSyncStatus');
      if (s?.state === 'idle' && s.pending === 0 && s.lastSyncAt) return;
      if (Date.now() > deadline) throw new Error(`no sync within ${timeout} ms: ${JSON.stringify(s)}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }, timeoutMs);
}

/** A capture's writes (entry, capture event, outbox row) from an extension page, announced as the ledger does. */
function writeCapture(page, n) {
  return page.evaluate(
    (n) =>
      new Promise((ok, fail) => {
        const req = indexedDB.open('forumwatch-ledger');
        req.onsuccess = () => {
          const tx = req.result.transaction(['entries', 'events', 'outbox'], 'readwrite');
          const key = `bbs.bench.cn/t${n}/p${n}`;
          const at = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19) + '+08:00';
          const uid = crypto.randomUUID();
          tx.objectStore('entries').put({
            key, site: 'bbs.bench.cn', tid: String(n), pid: String(n), title: `帖子 ${n}`, url: `https://bbs.bench.cn/forum.php?mod=viewthread&tid=${n}`,
            author: '网友', authorUid: null, postedAt: null, excerpt: '', topics: [], capturedAt: at, status: 'new', dueAt: null, department: null,
            reply: null, newFollowUp: false, fixes: [], escalation: null, draft: null, pausedMs: 0, pausedAt: null, updatedAt: at,
          });
          tx.objectStore('events').add({ key, uid, seq: 1, device: 'pc-bench', at, actor: '值班员', type: 'capture', to: 'new' });
          tx.objectStore('outbox').put({ key, version: 1, open: [uid], refused: null });
          tx.oncomplete = () => {
            new BroadcastChannel('forumwatch-ledger-changes').postMessage('changed');
            ok(key);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    n,
  );
}

/** Resolves once the profile's ledger holds `key`. */
function holds(sw, key) {
  return sw.evaluate(
    (k) =>
      new Promise((ok) => {
        const look = () => {
          const req = indexedDB.open('forumwatch-ledger');
          req.onsuccess = () => {
            const get = req.result.transaction('entries').objectStore('entries').getKey(k);
            get.onsuccess = () => {
              req.result.close();
              if (get.result !== undefined) ok();
              else setTimeout(look, 10);
            };
          };
        };
        look();
      }),
    key,
  );
}

async function timed(run) {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Time until the ledger table shows its first rows. */
async function firstRows(browser) {
  const page = await browser.page('dashboard.html#team');
  const took = await timed(async () => {
    await page.goto(page.url().replace('#team', '#ledger'));
    await page.waitForSelector('tr[data-fw-ledger-row] td:nth-child(3):not(:empty)', { timeout: 180_000 });
  });
  await page.close();
  return took;
}

export async function runTeamBench({ extDir = resolve(process.env.EXT_DIR ?? '.output/chrome-mv3'), quick = false, log = console.log } = {}) {
  const rounds = quick ? 5 : 20;
  const initial = quick ? 1000 : 10_000;
  const tableEntries = quick ? 10_000 : 100_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'fw-bench-couch-'));
  const couch = await startLocalCouch({ dataDir });
  const browsers = [];
  const open = async () => {
    const b = await launchProfile(extDir);
    browsers.push(b);
    return b;
  };
  try {
    await setup({ url: couch.url, db: DB, admin: couch.admin, users: [OFFICE] });
    const [a, b] = [await open(), await open()];
    const aPage = await connect(a, couch.url);
    const bPage = await connect(b, couch.url);
    await Promise.all([synced(a.sw), synced(b.sw)]);

    const live = [];
    for (let i = 0; i < rounds; i++) live.push(await timed(async () => holds(b.sw, await writeCapture(aPage, i))));
    await bPage.close();
    const oneShot = [];
    for (let i = rounds; i < 2 * rounds; i++) {
      oneShot.push(
        await timed(async () => {
          const key = await writeCapture(aPage, i);
          const popup = await b.page('popup.html');
          await holds(b.sw, key);
          await popup.close();
        }),
      );
    }

    const c = await open();
    const cPage = await c.page('dashboard.html#ledger');
    await cPage.evaluate(seedLedger, { from: 0, count: initial });
    await cPage.close();
    const push = await timed(async () => {
      await connect(c, couch.url);
      await synced(c.sw);
    });
    const d = await open();
    const pull = await timed(async () => {
      await connect(d, couch.url);
      await synced(d.sw);
    });

    const e = await open();
    const ePage = await e.page('dashboard.html#ledger');
    for (let from = 0; from < tableEntries; from += SEED_CHUNK) await ePage.evaluate(seedLedger, { from: initial + from, count: Math.min(SEED_CHUNK, tableEntries - from) });
    await ePage.close();
    const reps = quick ? 2 : 3;
    await firstRows(e); // warm-up: the first opening also fills the browser's caches
    const off = [];
    for (let i = 0; i < reps; i++) off.push(await firstRows(e));
    // Sync on: connected, the whole ledger on its way up while the table opens.
    const eTeam = await connect(e, couch.url);
    const on = [];
    for (let i = 0; i < reps; i++) on.push(await firstRows(e));
    await eTeam.close();

    const fields = {
      team_live_visible_ms: Math.round(median(live)),
      team_oneshot_visible_ms: Math.round(median(oneShot)),
      team_initial_push_entries: initial,
      team_initial_push_s: Math.round(push / 100) / 10,
      team_initial_pull_s: Math.round(pull / 100) / 10,
      team_table_entries: tableEntries,
      team_table_first_rows_sync_off_ms: Math.round(median(off)),
      team_table_first_rows_sync_on_ms: Math.round(median(on)),
    };
    log(`shared ledger: a change on A visible on B in ${duration(median(live))} live, ${duration(median(oneShot))} one-shot (median of ${rounds});`);
    log(`  first sync of ${initial} entries: up ${fields.team_initial_push_s} s, down ${fields.team_initial_pull_s} s;`);
    log(`  ledger table at ${tableEntries} entries, first rows: ${duration(median(off))} sync off, ${duration(median(on))} sync on`);
    return fields;
  } finally {
    for (const b of browsers) await b.close();
    await couch.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fields = await runTeamBench({ quick: process.argv.includes('--quick') });
  console.log(JSON.stringify(fields));
}
