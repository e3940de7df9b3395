// Watch benchmark: what one background-watch round costs with 200 tracked threads on 5 sites
// (5 demo forums on local ports, 40 two-page threads each): requests, bytes, wall time, and the
// CPU time of the extension's process (its service worker and the offscreen parser page share it)
// and of the rest of Chromium, read from /proc. The first round reads each thread's first page and
// then its last; the hourly cap per site stops it at 60 requests a site. Builds the extension with no spacing between one
// site's requests (FW_WATCH_SPACING_MS=0): with the real 10 s a round's 400 s would be waiting.
// Run on its own (`node bench/watch/run.mjs`, `--quick` for 5 threads per site) or through
// `runWatchBench()` from the main benchmark.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoForum } from '../../tools/demo-forum/server.mjs';
import { addReply, addThread } from '../../tools/demo-forum/store.mjs';

const SITES = 5;
const EXT_DIR = resolve('.output-bench-watch/chrome-mv3');
const TICKS_PER_MS = 100 / 1000; // USER_HZ on Linux

function build() {
  execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, FW_OUT_DIR: '.output-bench-watch', FW_WATCH_SPACING_MS: '0' }, stdio: 'ignore' });
}

/** 40 threads of 15 posts (two pages at 10 a page) on one forum; their first posts. */
function seedThreads(forum, perSite) {
  const now = Date.now();
  return Array.from({ length: perSite }, (_, i) => {
    const { tid, pid } = addThread(forum.state, { fid: 2, uid: 6, subject: `东河路路灯第 ${i + 1} 段不亮`, message: '东河路南段的路灯坏了一大半，晚上黑灯瞎火，希望市政部门尽快来修一下。', now: now - 3600_000 });
    for (let r = 0; r < 14; r++) addReply(forum.state, { tid, uid: 7 + (r % 5), message: `同问，第 ${r + 1} 次路过还是黑的。`, now: now - 3000_000 + r * 1000 });
    return { site: new URL(forum.url).host, tid: String(tid), pid: String(pid), url: `${forum.url}/forum.php?mod=viewthread&tid=${tid}` };
  });
}

/** CPU milliseconds so far of the processes under the browser started with `profile`: the extension's and the others. */
function cpuMs(profile) {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return [{ pid, ppid: fields[1], ticks: Number(fields[11]) + Number(fields[12]), cmd }];
    } catch {
      return [];
    }
  });
  const ours = new Set(procs.filter((p) => p.cmd.includes(profile) && !p.cmd.includes('--type=')).map((p) => p.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!ours.has(p.pid) && ours.has(p.ppid)) (ours.add(p.pid), (grew = true));
  }
  const mine = procs.filter((p) => ours.has(p.pid));
  const sum = (list) => list.reduce((n, p) => n + p.ticks, 0) / TICKS_PER_MS;
  return { extension: sum(mine.filter((p) => p.cmd.includes('--extension-process'))), rest: sum(mine.filter((p) => !p.cmd.includes('--extension-process'))) };
}

async function seedLedger(sw, threads) {
  await sw.evaluate(
    (list) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('forumwatch-ledger');
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          const at = new Date(Date.now() + 8 * 3600_000).toISOString().replace('Z', '+08:00');
          for (const t of list) {
            tx.objectStore('entries').put({
              key: `${t.site}/t${t.tid}/p${t.pid}`, site: t.site, tid: t.tid, pid: t.pid, title: '东河路路灯不亮', url: t.url, author: '东沙渔火', authorUid: '6',
              postedAt: null, excerpt: '', topics: ['municipal_maintenance'], capturedAt: at, status: 'new', dueAt: at, department: null, reply: null,
              newFollowUp: false, fixes: [], escalation: null, draft: null, pausedMs: 0, pausedAt: null, updatedAt: at,
            });
          }
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        };
      }),
    threads,
  );
}

export async function runWatchBench({ quick = false, log = console.log } = {}) {
  build();
  const perSite = quick ? 5 : 40;
  const forums = await Promise.all(Array.from({ length: SITES }, () => startDemoForum()));
  const threads = forums.flatMap((f) => seedThreads(f, perSite));
  const profile = mkdtempSync(join(tmpdir(), 'fw-bench-watch-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    await sw.evaluate(async () => {
      while (Object.keys(await chrome.storage.local.get(['settings', 'compiledRules'])).length < 2) await new Promise((ok) => setTimeout(ok, 50));
    });
    await seedLedger(sw, threads);
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/dashboard.html#watch`);
    const before = cpuMs(profile);
    const { lastRound } = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'watchNow' }));
    const after = cpuMs(profile);
    const extensionMs = after.extension - before.extension;
    const restMs = after.rest - before.rest;
    log(`Watch round, ${threads.length} tracked threads on ${SITES} sites (no spacing; at most 60 requests per site and hour):`);
    log(`  ${lastRound.requests} requests, ${(lastRound.bytes / 1024).toFixed(0)} KB, ${lastRound.ms} ms wall`);
    log(`  CPU: extension process (worker + offscreen parser) ${extensionMs.toFixed(0)} ms (${(extensionMs / lastRound.requests).toFixed(1)} ms a page), rest of Chromium ${restMs.toFixed(0)} ms`);
    return {
      watch_threads: threads.length,
      watch_requests: lastRound.requests,
      watch_kb: Math.round(lastRound.bytes / 1024),
      watch_wall_ms: lastRound.ms,
      watch_extension_cpu_ms: Math.round(extensionMs),
      watch_rest_cpu_ms: Math.round(restMs),
    };
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
    await Promise.all(forums.map((f) => f.close()));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  runWatchBench({ quick: process.argv.includes('--quick') }).then((result) => console.log(JSON.stringify(result)));
}
