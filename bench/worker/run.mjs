// Worker benchmark: the MV3 service worker's script size and its cold start. Chromium stops an idle
// worker and starts it again for every alarm and message, parsing and running its whole script each
// time. One cold start here: the worker is stopped (CDP), an extension page sends it a message, and
// the time runs until the toolbar badge that the worker paints at start has changed. Beside it, in
// the same run, the floor: a worker that only reads storage and paints the badge. The worker's own
// clock splits each start into Chromium starting the worker and its script running until the badge.
// Run on its own (`node bench/worker/run.mjs`; `--quick` for fewer starts; `--ext=<dir>` measures
// another build, e.g. an older one) or through `runWorkerBench()` from the main benchmark.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { seedLedger } from '../ledger/seed.mjs';
import { median } from '../stats.mjs';
import { workerComposition } from './composition.mjs';

const OUT_DIR = '.output-bench-worker';
const LEDGER_ENTRIES = 2000;
/** What the page paints before each stop: the worker's start replaces it. */
const SENTINEL = '…';
export const WORKER_GOAL_KB = 200;

function build() {
  execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, FW_OUT_DIR: OUT_DIR, FW_SOURCEMAP: '1' }, stdio: 'ignore' });
  return resolve(OUT_DIR, 'chrome-mv3');
}

/** An extension whose worker does no more than ours must at least: read storage, paint the badge. */
function floorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'fw-bench-floor-'));
  const manifest = { manifest_version: 3, name: 'floor', version: '1.0', permissions: ['storage'], action: {}, background: { service_worker: 'background.js' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), "chrome.runtime.onMessage.addListener(() => {});\nchrome.storage.local.get('settings').then(() => chrome.action.setBadgeText({ text: '0' }));\n");
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>page</title>');
  return dir;
}

/** Resolves once CDP reports every service worker stopped. */
function allStopped(cdp) {
  const status = new Map();
  return {
    track: () => cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.forEach((v) => status.set(v.versionId, v.runningStatus))),
    async wait() {
      const deadline = Date.now() + 10_000;
      while ([...status.values()].some((s) => s !== 'stopped')) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        await new Promise((ok) => setTimeout(ok, 10));
      }
    },
  };
}

/** `starts` cold starts of the extension in `dir`, driven from its page `pagePath`; `prepare(page, sw)` runs once before. */
async function coldStarts(dir, pagePath, starts, prepare) {
  const profile = mkdtempSync(join(tmpdir(), 'fw-bench-worker-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/${pagePath}`);
    await prepare?.(page, sw);
    // Pages the extension opened itself (the welcome page) would wake the worker on their own.
    await Promise.all(ctx.pages().filter((p) => p !== page).map((p) => p.close()));
    const cdp = await ctx.newCDPSession(page);
    const stopped = allStopped(cdp);
    stopped.track();
    await cdp.send('ServiceWorker.enable');
    const runs = [];
    for (let i = 0; i < starts; i++) {
      await page.evaluate((text) => chrome.action.setBadgeText({ text }), SENTINEL);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped.wait();
      const run = await page.evaluate(async (sentinel) => {
        const from = performance.now();
        chrome.runtime.sendMessage({ type: 'fw-bench-wake' }).catch(() => undefined);
        while ((await chrome.action.getBadgeText({})) === sentinel);
        return { ms: performance.now() - from, wokenAt: performance.timeOrigin + from, paintedAt: performance.timeOrigin + performance.now() };
      }, SENTINEL);
      // Playwright's handle reaches the worker started afresh.
      const workerOrigin = await ctx.serviceWorkers()[0].evaluate(() => performance.timeOrigin);
      runs.push({ ms: run.ms, spawnMs: workerOrigin - run.wokenAt, scriptMs: run.paintedAt - workerOrigin });
      // Let the start-up work that follows the badge settle before the next stop.
      await page.waitForTimeout(300);
    }
    return { ms: median(runs.map((r) => r.ms)), spawnMs: median(runs.map((r) => r.spawnMs)), scriptMs: median(runs.map((r) => r.scriptMs)), runs: runs.length };
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** First run done (settings and rules stored), and a ledger of open and closed entries for the badge to count. */
async function prepareForumWatch(page, sw) {
  await sw.evaluate(async () => {
    while (Object.keys(await chrome.storage.local.get(['settings', 'compiledRules', 'settingsCheckedBy'])).length < 3) await new Promise((ok) => setTimeout(ok, 50));
  });
  await page.evaluate(seedLedger, { from: 0, count: LEDGER_ENTRIES });
}

const kbOf = (x) => `${x.toFixed(0)} KB`;

/** Why the worker has the size it has: the libraries it holds by design against the goal. */
function compositionReason(p) {
  const held = p.ledgerKb + p.teamSyncKb;
  return `the ledger's Dexie ${kbOf(p.ledgerKb)} and the team sync's PouchDB with its packages ${kbOf(p.teamSyncKb)} are ${kbOf(held)} alone` +
    `; our own code ${kbOf(p.ownKb)}, other packages ${kbOf(p.otherKb)} (${p.otherPackages.slice(0, 3).join(', ')}…), the bundler's wrappers ${kbOf(p.bundlerKb)}`;
}

export async function runWorkerBench({ quick = false, ext, log = console.log } = {}) {
  const dir = ext ? resolve(ext) : build();
  const starts = quick ? 5 : 15;
  const kb = statSync(join(dir, 'background.js')).size / 1024;
  const floorDir = floorExtension();
  try {
    // Alternated, so that a busy spell on the machine falls on both.
    const ours = [];
    const floor = [];
    for (let round = 0; round < 2; round++) {
      floor.push(await coldStarts(floorDir, 'page.html', Math.ceil(starts / 2)));
      ours.push(await coldStarts(dir, 'popup.html', Math.ceil(starts / 2), prepareForumWatch));
    }
    const pick = (list, key) => median(list.map((r) => r[key]));
    const ms = pick(ours, 'ms');
    const floorMs = pick(floor, 'ms');
    const coldRatio = ms / floorMs;
    log(`Service worker: background.js ${kb.toFixed(0)} KB; cold start (stopped → message → badge painted), median of ${ours.reduce((n, r) => n + r.runs, 0)}:`);
    log(`  ForumWatch ${ms.toFixed(0)} ms (Chromium starting it ${pick(ours, 'spawnMs').toFixed(0)} ms, its script until the badge ${pick(ours, 'scriptMs').toFixed(0)} ms; ${LEDGER_ENTRIES} ledger entries)`);
    log(`  floor worker (reads storage, paints the badge) ${floorMs.toFixed(0)} ms (${pick(floor, 'spawnMs').toFixed(0)} + ${pick(floor, 'scriptMs').toFixed(0)} ms): ${coldRatio.toFixed(2)}× the floor`);
    const parts = workerComposition(join(dir, 'background.js'));
    log(`  ${kb <= WORKER_GOAL_KB ? 'met    ' : 'NOT MET'}  background.js ≤ ${WORKER_GOAL_KB} KB (${kb.toFixed(0)} KB, ${(kb / WORKER_GOAL_KB).toFixed(2)}× the goal${parts ? `: ${compositionReason(parts)}` : ''})`);
    const round = (x) => Math.round(x * 100) / 100;
    return {
      background_js_kb: round(kb),
      ...(parts ? { background_js_dexie_kb: round(parts.ledgerKb), background_js_pouchdb_kb: round(parts.teamSyncKb), background_js_own_kb: round(parts.ownKb) } : {}),
      worker_cold_start_ms: round(ms),
      worker_cold_start_script_ms: round(pick(ours, 'scriptMs')),
      worker_floor_cold_start_ms: round(floorMs),
      worker_cold_start_floor_ratio: round(coldRatio),
    };
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ext = process.argv.find((a) => a.startsWith('--ext='))?.slice(6);
  runWorkerBench({ quick: process.argv.includes('--quick'), ext }).then((result) => console.log(JSON.stringify(result)));
}
