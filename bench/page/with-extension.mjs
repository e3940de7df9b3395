// The built extension (.output/chrome-mv3) on saved real Discuz! X pages, against the same Chromium without it:
// - page overhead: navigation start → load-idle, both browsers in the same run, alternated;
// - 50 appended posts: the extension's own script time for 50 posts the forum appends to a highlighted thread.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../server.mjs';
import { readMap, sourceAt } from '../sourcemap.mjs';
import { median } from '../stats.mjs';
import { TRACE_AFTER_LOAD_MS, cpuTimeOf, loadIdle, recordTrace } from './trace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIR = path.join(root, '.output/chrome-mv3');
const FIXTURES = path.resolve(root, '../shared/fixtures/discuz-x');
/** The address the saved pages were captured from: their links and <base href> are pointed at the bench server. */
const SAVED_ORIGIN = 'http://127.0.0.1:8080';
/** Desktop threads (member and guest), a board list and a touch thread. */
const PAGES = [
  'viewthread-tid14-road-works-yangang-west-road-staff-reply.member.html',
  'viewthread-tid21-illegal-renovation-load-bearing-wall-staff-reply.member.html',
  'viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.guest.html',
  'forumdisplay-fid2-minsheng-redian-p1.member.html',
  'mobile-viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.member.html',
];
const APPEND_PAGE = PAGES[0];
const APPENDED = 50;
const CONTENT_SCRIPT = 'content-scripts/forum.js';
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const hasExtensionBench = () => existsSync(path.join(EXTENSION_DIR, 'manifest.json')) && existsSync(path.join(FIXTURES, APPEND_PAGE));

async function launch(server, withExtension) {
  const profile = mkdtempSync(path.join(tmpdir(), 'fw-bench-ext-'));
  const extensionArgs = withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : [];
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...extensionArgs, ...BROWSER_ARGS],
    viewport: { width: 1280, height: 900 },
  });
  // The saved pages name other hosts: only the bench server (and the extension itself) is reachable.
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(server.base) || url.startsWith('chrome-extension:') ? route.continue() : route.abort();
  });
  if (withExtension) {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    // First run: the worker stores the default settings and compiles the rules before pages are handled.
    await sw.evaluate(async () => {
      while (Object.keys(await chrome.storage.local.get(['settings', 'compiledRules'])).length < 2) await new Promise((ok) => setTimeout(ok, 50));
    });
  }
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  return {
    page,
    cdp: await ctx.newCDPSession(page),
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One load of `url` in a browser, traced: navigation start → load-idle (see trace.mjs). */
async function timedLoad(browser, url) {
  await browser.page.goto('about:blank');
  const events = await recordTrace(browser.cdp, async () => {
    await browser.page.goto(url, { waitUntil: 'load' });
    await browser.page.waitForTimeout(TRACE_AFTER_LOAD_MS);
  });
  return loadIdle(events, url);
}

/** `count` copies of the page's own posts as the forum sent them, with new pids, in one insertion into #postlist. */
function appendPosts(count) {
  return fetch(location.href)
    .then((r) => r.text())
    .then((html) => {
      const sent = new DOMParser().parseFromString(html, 'text/html');
      const posts = [...sent.querySelectorAll('#postlist > div[id^="post_"]')].filter((p) => /^post_\d+$/.test(p.id));
      let out = '';
      for (let i = 0; i < count; i++) {
        const post = posts[i % posts.length];
        out += post.outerHTML.replaceAll(post.id.slice(5), String(900000 + i));
      }
      const t0 = performance.now();
      // Discuz! loads the next page's posts by AJAX and writes them into the post list in one go.
      document.querySelector('#postlist').insertAdjacentHTML('beforeend', out);
      return performance.now() - t0;
    });
}

const isExtensionFrame = (frameUrl) => frameUrl.startsWith('chrome-extension://');

/** Names a profile's frame of the extension by its source file, when the build wrote a source map (FW_SOURCEMAP=1). */
function sourceNamer() {
  const map = readMap(path.join(EXTENSION_DIR, CONTENT_SCRIPT));
  return (frame) => (map && frame.url.endsWith(CONTENT_SCRIPT) ? (sourceAt(map, frame.lineNumber, frame.columnNumber) ?? "the bundler's code") : 'all');
}

/** The extension's script time while `during()` runs: { ms, bySource } from a sampling CPU profile of the page (every world). */
async function profiledScript(cdp, during, nameOf) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const result = await during();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const { ms, byName } = cpuTimeOf(profile, isExtensionFrame, nameOf);
  return { result, ms, bySource: byName };
}

/** The extension's script time (samples under its content script's frames) for `APPENDED` posts added to a handled thread. */
async function appendedScript(browser, url, nameOf) {
  const { page, cdp } = browser;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-fw-page="active"]');
  const marked = await page.locator('[data-fw-post]').count();
  await page.waitForTimeout(500);
  const { result: insert, ms, bySource } = await profiledScript(cdp, async () => {
    const took = await page.evaluate(appendPosts, APPENDED);
    await page.waitForFunction((n) => document.querySelectorAll('[data-fw-post]').length >= n, marked + APPENDED);
    await page.waitForTimeout(500);
    return took;
  }, nameOf);
  return { script: ms, bySource, insert };
}

/** The extension's script time over one load of `url`, profiled (a load apart from the timed ones: profiling slows the page). */
async function loadScript(browser, url, nameOf) {
  await browser.page.goto('about:blank');
  const { ms, bySource } = await profiledScript(browser.cdp, async () => {
    await browser.page.goto(url, { waitUntil: 'load' });
    await browser.page.waitForTimeout(TRACE_AFTER_LOAD_MS);
  }, nameOf);
  return { script: ms, bySource };
}

/** Per source, the median over runs of its milliseconds (0 in a run without it), largest first. */
function medianBySource(runs) {
  const names = new Set(runs.flatMap((r) => [...r.bySource.keys()]));
  return [...names].map((name) => [name, median(runs.map((r) => r.bySource.get(name) ?? 0))]).sort((a, b) => b[1] - a[1]);
}

/**
 * { overhead: per page { with, without, ratio, script }, ratio (median of paired per-load ratios), loadScript: { script, bySource },
 *   appended: { script, bySource, insert } }: `script` is the extension's script time, `bySource` its split by source file.
 * `reps` loads of every page in each browser, the order alternated between repetitions.
 */
export async function runExtensionBench({ reps, log }) {
  const routes = {};
  for (const file of PAGES) routes[`/${file}`] = () => readFileSync(path.join(FIXTURES, file), 'utf8').replaceAll(SAVED_ORIGIN, server.base);
  const server = await serve(routes, { isolated: false });
  const browsers = { with: await launch(server, true), without: await launch(server, false) };
  try {
    log?.(`page overhead: ${PAGES.length} saved Discuz! pages × ${reps} loads, with and without the extension`);
    const loads = Object.fromEntries(PAGES.map((file) => [file, { with: [], without: [] }]));
    for (let rep = 0; rep < reps; rep++) {
      for (const file of PAGES) {
        const order = rep % 2 ? ['without', 'with'] : ['with', 'without'];
        for (const arm of order) loads[file][arm].push(await timedLoad(browsers[arm], `${server.base}/${file}`));
      }
    }
    const overhead = PAGES.map((file) => {
      const { with: ext, without } = loads[file];
      return {
        file,
        with: median(ext),
        without: median(without),
        ratio: median(ext.map((t, i) => t / without[i])),
      };
    });
    const nameOf = sourceNamer();
    log?.(`the extension's script on each page, one profiled load each`);
    const profiledLoads = [];
    for (const [i, file] of PAGES.entries()) {
      const load = await loadScript(browsers.with, `${server.base}/${file}`, nameOf);
      overhead[i].script = load.script;
      profiledLoads.push(load);
    }
    log?.(`${APPENDED} appended posts on ${APPEND_PAGE}, ${reps} times`);
    const appended = [];
    for (let rep = 0; rep < reps; rep++) appended.push(await appendedScript(browsers.with, `${server.base}/${APPEND_PAGE}`, nameOf));
    return {
      overhead,
      ratio: median(PAGES.flatMap((file) => loads[file].with.map((t, i) => t / loads[file].without[i]))),
      loadScript: { script: median(profiledLoads.map((l) => l.script)), bySource: medianBySource(profiledLoads) },
      appended: {
        page: APPEND_PAGE,
        posts: APPENDED,
        runs: appended,
        script: median(appended.map((a) => a.script)),
        bySource: medianBySource(appended),
        insert: median(appended.map((a) => a.insert)),
      },
    };
  } finally {
    await browsers.with.close();
    await browsers.without.close();
    await server.close();
  }
}
