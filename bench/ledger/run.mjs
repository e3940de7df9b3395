// Ledger benchmark: time to open the dashboard (until the ledger table shows its first
// rows), to apply filters and to search, with an empty ledger and with 100,000 entries, in headless
// Chromium with the built extension. Run on its own (`node bench/ledger/run.mjs`, with
// LEDGER_BENCH_ENTRIES and LEDGER_BENCH_REPS to try it quickly, LEDGER_BENCH_ONLY=search for the
// searches alone, EXT_DIR for another build) or
// through `runLedgerBench()` from the main benchmark.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { duration, median, ratio, table } from '../stats.mjs';
import { seedLedger } from './seed.mjs';

const SEED_CHUNK = 20_000;

/** Headless Chromium on a fresh profile with the extension; `dashboard` is its ledger page's address. */
export async function launch(extDir) {
  const profile = mkdtempSync(join(tmpdir(), 'fw-bench-ledger-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  return {
    ctx,
    dashboard: `chrome-extension://${new URL(sw.url()).host}/dashboard.html#ledger`,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the table shows its first rows for `signature` (cells filled, not just placeholders). */
function firstRows(page, signature) {
  return page.waitForFunction(
    (sig) => {
      const el = document.querySelector('[data-fw-ledger]');
      if (!el || el.getAttribute('data-fw-ledger-shown') !== sig) return false;
      const title = document.querySelector('tr[data-fw-ledger-row] td:nth-child(3)');
      return (title !== null && title.textContent !== '') || (el.getAttribute('aria-busy') === 'false' && el.getAttribute('data-fw-ledger-count') === '0');
    },
    signature,
    { timeout: 120_000, polling: 'raf' },
  );
}

/** Waits until the complete result (and so the count) is there; returns the count. */
async function complete(page) {
  await page.waitForSelector('[data-fw-ledger][aria-busy="false"]', { timeout: 120_000 });
  return Number(await page.getAttribute('[data-fw-ledger]', 'data-fw-ledger-count'));
}

/** Waits until the table states how many entries match `signature`. */
function counted(page, signature) {
  return page.waitForFunction(
    (sig) => {
      const el = document.querySelector('[data-fw-ledger]');
      return el?.getAttribute('data-fw-ledger-shown') === sig && el.getAttribute('data-fw-ledger-count') !== '';
    },
    signature,
    { timeout: 120_000, polling: 'raf' },
  );
}

/** Resolves once the dashboard has rebuilt the ledger's tallies (after the seed wrote around them). */
async function talliesBuilt(page) {
  const ready = () =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('forumwatch-ledger');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const req = open.result.transaction('tallies').objectStore('tallies').get('ready');
        req.onsuccess = () => {
          open.result.close();
          resolve(req.result !== undefined);
        };
      };
    });
  while (!(await page.evaluate(ready))) await page.waitForTimeout(100);
}

/** The origin's storage use in bytes, as the browser estimates it. */
const storageUse = (page) => page.evaluate(async () => (await navigator.storage.estimate()).usage);

/** The text search's index: its posting rows and the docs they list, per entry. */
function searchIndexShape(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('forumwatch-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['searchPostings', 'entries']);
          let rows = 0;
          let postings = 0;
          const entries = tx.objectStore('entries').count();
          const cursor = tx.objectStore('searchPostings').openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (c) {
              rows++;
              postings += c.value.docs.length;
              c.continue();
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve({ rows, pairsPerEntry: postings / entries.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * What the text search's index adds to one capture: median time of writing one entry with
 * the index's work for it (its doc rows, and reading and writing back `pairs` posting rows of
 * the last block with its doc added) against writing the entry alone, alternating, on the
 * full ledger. Run last: the copies go around the tallies.
 */
function captureWriteCost(page, pairs, writes = 40) {
  return page.evaluate(
    ({ pairs, writes }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('forumwatch-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          const request = (req) => new Promise((ok, fail) => ((req.onsuccess = () => ok(req.result)), (req.onerror = () => fail(req.error))));
          const read = db.transaction(['entries', 'searchDocs', 'searchPostings']);
          const entry = (await request(read.objectStore('entries').openCursor())).value;
          const next = (await request(read.objectStore('searchDocs').get('next'))).doc;
          const block = `\t${Math.floor((next - 1) / 1024)}`;
          const ids = (await request(read.objectStore('searchPostings').getAllKeys())).filter((id) => id.endsWith(block)).slice(0, pairs);
          const write = (indexed, i) =>
            new Promise((ok, fail) => {
              const start = performance.now();
              const tx = db.transaction(indexed ? ['entries', 'searchDocs', 'searchPostings'] : ['entries'], 'readwrite');
              const key = `${entry.key}#bench${i}`;
              tx.objectStore('entries').put({ ...entry, key });
              if (indexed) {
                const doc = next + i;
                const docs = tx.objectStore('searchDocs');
                docs.put({ id: `k\t${key}`, doc });
                docs.put({ id: `d\t${doc}`, key });
                docs.put({ id: 'next', doc: doc + 1 });
                const postings = tx.objectStore('searchPostings');
                for (const id of ids) postings.get(id).onsuccess = (e) => postings.put({ id, docs: [...e.target.result.docs, doc] });
              }
              tx.oncomplete = () => ok(performance.now() - start);
              tx.onerror = () => fail(tx.error);
            });
          const plain = [];
          const indexed = [];
          for (let i = 0; i < writes; i++) {
            plain.push(await write(false, 2 * i));
            indexed.push(await write(true, 2 * i + 1));
          }
          const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
          db.close();
          resolve({ plain: median(plain), indexed: median(indexed), pairs: ids.length });
        };
      }),
    { pairs, writes },
  );
}

async function timed(fn) {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

const select = (name, value) => (page) => page.selectOption(`select[data-fw-filter="${name}"]`, value);
const sortBy = (value) => (page) => page.selectOption('select[data-fw-sort]', value);
const typeSearch = (words) => (page) => page.fill('input[data-fw-filter="search"]', words);
const searched = (words) => new URLSearchParams({ search: words, sort: '-capturedAt' }).toString();

// Each step changes the table from the previous one; `untimed` steps only set up the next.
const STEPS = [
  { name: 'open', label: 'open the dashboard', sig: 'sort=-capturedAt', acts: [(page, url) => page.goto(url)] },
  { name: 'byStatus', label: 'filter status = new', sig: 'status=new&sort=-capturedAt', acts: [select('status', 'new')] },
  { name: 'byTopic', label: '  + topic = road_works', sig: 'status=new&topic=road_works&sort=-capturedAt', acts: [select('topic', 'road_works')] },
  { name: 'backToStatus', untimed: true, sig: 'status=new&sort=-capturedAt', acts: [select('topic', '')] },
  {
    name: 'byDepartment',
    label: 'status = new + department = 城建科',
    sig: `status=new&department=${encodeURIComponent('城建科')}&sort=-capturedAt`,
    acts: [select('department', '城建科')],
  },
  { name: 'backToStatus2', untimed: true, sig: 'status=new&sort=-capturedAt', acts: [select('department', '')] },
  { name: 'byLevel', label: 'status = new + level = 紧急', sig: 'status=new&level=urgent&sort=-capturedAt', acts: [select('level', 'urgent')] },
  { name: 'backToStatus3', untimed: true, sig: 'status=new&sort=-capturedAt', acts: [select('level', '')] },
  { name: 'reset', untimed: true, sig: 'sort=-capturedAt', acts: [select('status', '')] },
  { name: 'sortDue', label: 'sort by due time, soonest first', sig: 'sort=dueAt', acts: [sortBy('dueAt')] },
  { name: 'sortDueDesc', label: 'sort by due time, latest first', sig: 'sort=-dueAt', acts: [sortBy('-dueAt')] },
  { name: 'sortStatus', label: 'sort by status', sig: 'sort=status', acts: [sortBy('status')] },
  { name: 'sortOldest', label: 'sort by capture, oldest first', sig: 'sort=capturedAt', acts: [sortBy('capturedAt')] },
  { name: 'newestAgain', untimed: true, sig: 'sort=-capturedAt', acts: [sortBy('-capturedAt')] },
  // Words of every frequency (see seed.mjs): in every entry, in half of them, in one in 1,000, an author's name.
  ...[
    ['searchCommon', '路'],
    ['searchWord', '积水'],
    ['searchRare', '井盖'],
    ['searchAuthor', '网友123'],
  ].map(([name, words]) => ({ name, label: `search ${words}`, search: true, sig: searched(words), acts: [typeSearch(words)] })),
  { name: 'searchCleared', untimed: true, sig: 'sort=-capturedAt', acts: [typeSearch('')] },
];
// LEDGER_BENCH_ONLY=search: opening and the text searches alone, no statistics (to compare two builds quickly).
const ONLY_SEARCH = process.env.LEDGER_BENCH_ONLY === 'search';
const RUN_STEPS = ONLY_SEARCH ? STEPS.filter((s) => s.name === 'open' || s.search || s.name === 'searchCleared') : STEPS;
const TIMED = RUN_STEPS.filter((s) => !s.untimed);

/**
 * Starts timing in the page: from now until the table shows its first rows and its count
 * for `signature`, checked on every frame, so the page's own clock gives both times.
 */
function startTiming(page, signature) {
  return page.evaluate((sig) => {
    const start = performance.now();
    const times = { first: null, count: null };
    window.__fwTimes = times;
    const check = () => {
      const el = document.querySelector('[data-fw-ledger]');
      if (el?.getAttribute('data-fw-ledger-shown') === sig) {
        const title = document.querySelector('tr[data-fw-ledger-row] td:nth-child(3)');
        const empty = el.getAttribute('aria-busy') === 'false' && el.getAttribute('data-fw-ledger-count') === '0';
        if (times.first === null && ((title !== null && title.textContent !== '') || empty)) times.first = performance.now() - start;
        if (times.count === null && el.getAttribute('data-fw-ledger-count') !== '') times.count = performance.now() - start;
      }
      if (times.first === null || times.count === null) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, signature);
}

/** Starts timing in the page until the statistics are ready for a period other than the one shown now. */
function startStatsTiming(page) {
  return page.evaluate(() => {
    const start = performance.now();
    const before = document.querySelector('.fw-report-title')?.textContent;
    const times = { ready: null };
    window.__fwStatsTimes = times;
    const check = () => {
      const ready = document.querySelector('[data-fw-stats-state="ready"] .fw-report-title');
      if (ready && ready.textContent !== before) times.ready = performance.now() - start;
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

const ALL_STATS_STEPS = [
  { name: 'statsYear', label: 'statistics: switch to this year', period: 'thisYear' },
  { name: 'statsLastMonth', label: 'statistics: switch to last month', period: 'lastMonth' },
  { name: 'statsThisMonth', label: 'statistics: switch to this month', period: 'thisMonth' },
];
const STATS_STEPS = ONLY_SEARCH ? [] : ALL_STATS_STEPS;

/** Pause before each change of period, for the report shown to finish drawing its charts. */
const STATS_SETTLE_MS = 300;

/** The statistics panel: each change of period timed until its report is shown. */
async function statsRound(page, dashboard) {
  await page.goto(dashboard.replace('#ledger', '#stats'));
  await page.waitForSelector('[data-fw-stats-state="ready"]', { timeout: 120_000 });
  const out = {};
  for (const step of STATS_STEPS) {
    // Each switch starts from a settled report (its charts drawn), as a reader's would.
    await page.waitForFunction(() => !document.querySelector('[data-fw-chart-loading]'), null, { timeout: 120_000 });
    await page.waitForTimeout(STATS_SETTLE_MS);
    await startStatsTiming(page);
    await page.selectOption('select[data-fw-period]', step.period);
    await page.waitForFunction(() => window.__fwStatsTimes.ready !== null, null, { timeout: 120_000 });
    const ready = await page.evaluate(() => window.__fwStatsTimes.ready);
    out[step.name] = { first: ready, count: ready, done: ready, rows: null };
  }
  return out;
}

/** One round at the current ledger size: each step timed to its first rows, its count and its complete result. */
async function round(browser) {
  const page = await browser.ctx.newPage();
  const out = {};
  for (const step of RUN_STEPS) {
    const navigates = step.name === 'open';
    const start = performance.now();
    if (!navigates) await startTiming(page, step.sig);
    for (const act of step.acts) await act(page, browser.dashboard);
    let first;
    let count;
    if (navigates) {
      await firstRows(page, step.sig);
      first = performance.now() - start;
      await counted(page, step.sig);
      count = performance.now() - start;
    } else {
      await page.waitForFunction(() => window.__fwTimes.first !== null && window.__fwTimes.count !== null, null, { timeout: 120_000 });
      ({ first, count } = await page.evaluate(() => window.__fwTimes));
    }
    const rows = await complete(page);
    out[step.name] = { first, count, done: performance.now() - start, rows };
  }
  if (STATS_STEPS.length) Object.assign(out, await statsRound(page, browser.dashboard));
  await page.close();
  return out;
}

async function measure(browser, reps) {
  const rounds = [];
  await round(browser); // warm-up: first start of the extension pages
  for (let i = 0; i < reps; i++) rounds.push(await round(browser));
  const pick = (name) => ({
    first: median(rounds.map((r) => r[name].first)),
    count: median(rounds.map((r) => r[name].count)),
    done: median(rounds.map((r) => r[name].done)),
    rows: rounds[0][name].rows,
  });
  return Object.fromEntries([...TIMED, ...STATS_STEPS].map((s) => [s.name, pick(s.name)]));
}

/** The goals for one step at full size: first rows and count within 100 ms, first rows within 3× the empty ledger. */
function goalsOf(step, e, f) {
  const r = f.first / e.first;
  // Opening includes loading the page, so only its ratio is a goal.
  if (step.name === 'open') return [[`${step.label}: first rows ≤ 3× empty (${ratio(r)})`, r <= 3]];
  // Text search: first hits within 200 ms of typing (the search box's pause included); the count may follow.
  if (step.search) return [[`${step.label}: first hits ≤ 200 ms (${duration(f.first)}, ${ratio(r)} empty)`, f.first <= 200]];
  return [
    [`${step.label}: first rows ≤ 100 ms and ≤ 3× empty (${duration(f.first)}, ${ratio(r)})`, f.first <= 100 && r <= 3],
    [`${step.label}: count shown ≤ 100 ms (${duration(f.count)}, ${ratio(f.count / e.count)} empty)`, f.count <= 100],
  ];
}

/**
 * Returns `{ sizes, results, text, fields }`: median milliseconds per step at each
 * ledger size, the printed table with the ratios (largest / empty) and the goals,
 * and the fields for the benchmark's JSON line.
 */
export async function runLedgerBench({ extDir = resolve(process.env.EXT_DIR ?? '.output/chrome-mv3'), entries = 100_000, reps = 5, log = console.log } = {}) {
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`No built extension in ${extDir}: run \`npm run build\` first`);
  const browser = await launch(extDir);
  try {
    const empty = await measure(browser, reps);
    const page = await browser.ctx.newPage();
    await page.goto(browser.dashboard);
    await complete(page); // the dashboard has created the database
    const seeding = await timed(async () => {
      let stored = 0;
      for (let from = 0; from < entries; from += SEED_CHUNK) {
        stored = await page.evaluate(seedLedger, { from, count: Math.min(SEED_CHUNK, entries - from) });
      }
      return stored;
    });
    await page.close();
    log(`ledger bench: stored ${seeding.result} generated entries in ${duration(seeding.ms)}`);
    const opened = await browser.ctx.newPage();
    await opened.goto(browser.dashboard);
    const unindexedUse = await storageUse(opened);
    const rebuild = await timed(() => talliesBuilt(opened));
    const index = { ...(await searchIndexShape(opened)), bytes: (await storageUse(opened)) - unindexedUse };
    await opened.close();
    log(`ledger bench: the dashboard built the tallies and the search index in ${duration(rebuild.ms)}`);
    log(
      `ledger bench: search index: ${index.rows} posting rows, ${index.pairsPerEntry.toFixed(0)} pairs an entry; storage use grew by about ${(index.bytes / 1e6).toFixed(1)} MB as it was built`,
    );
    const full = await measure(browser, reps);
    const costPage = await browser.ctx.newPage();
    await costPage.goto(browser.dashboard);
    const write = await captureWriteCost(costPage, Math.round(index.pairsPerEntry));
    await costPage.close();
    log(
      `ledger bench: one entry written at ${entries.toLocaleString('en')}: ${duration(write.plain)} alone, ${duration(write.indexed)} with the index's work for ${write.pairs} pairs (${ratio(write.indexed / write.plain)})`,
    );

    const rows = [];
    const goals = [];
    const fields = {};
    for (const step of TIMED) {
      const e = empty[step.name];
      const f = full[step.name];
      rows.push([`${step.label}: first rows`, duration(e.first), duration(f.first), ratio(f.first / e.first)]);
      rows.push([`${step.label}: count shown`, duration(e.count), duration(f.count), ratio(f.count / e.count)]);
      rows.push([`${step.label}: complete (${f.rows} rows)`, duration(e.done), duration(f.done), ratio(f.done / e.done)]);
      goals.push(...goalsOf(step, e, f));
      fields[`ledger_${step.name}_first_ms`] = Math.round(f.first);
      fields[`ledger_${step.name}_first_ratio`] = Math.round((f.first / e.first) * 100) / 100;
      fields[`ledger_${step.name}_count_ms`] = Math.round(f.count);
      if (step.search) fields[`ledger_${step.name}_done_ms`] = Math.round(f.done);
    }
    for (const step of STATS_STEPS) {
      const e = empty[step.name];
      const f = full[step.name];
      const r = f.first / e.first;
      rows.push([`${step.label}: report shown`, duration(e.first), duration(f.first), ratio(r)]);
      // Over the goal, the empty ledger's report says how much is drawing it and how much the entries add.
      const split = f.first > 100 ? `: the report of an empty ledger takes ${duration(e.first)} (the panel and its charts drawn), reading and summing the tallies of ${entries.toLocaleString('en')} entries adds ${duration(f.first - e.first)}` : '';
      goals.push([`${step.label} ≤ 100 ms (${duration(f.first)}, ${ratio(r)} empty${split})`, f.first <= 100]);
      fields[`ledger_${step.name}_ms`] = Math.round(f.first);
      fields[`ledger_${step.name}_ratio`] = Math.round(r * 100) / 100;
    }
    fields.ledger_tallies_rebuild_ms = Math.round(rebuild.ms);
    fields.ledger_search_index_mb = Math.round(index.bytes / 1e5) / 10;
    fields.ledger_search_pairs_per_entry = Math.round(index.pairsPerEntry);
    fields.ledger_write_ms = Math.round(write.plain * 100) / 100;
    fields.ledger_write_indexed_ms = Math.round(write.indexed * 100) / 100;
    fields.ledger_goals_met = `${goals.filter(([, ok]) => ok).length}/${goals.length}`;
    const text = [
      `Ledger table in Chromium, median of ${reps} (time from the action until the rows are shown / the count is shown / the full result is there)`,
      table(['step', '0 entries', `${entries.toLocaleString('en')} entries`, 'ratio'], rows),
      'Ledger goals:',
      ...goals.map(([what, ok]) => `  ${ok ? 'met    ' : 'NOT MET'}  ${what}`),
    ].join('\n');
    log(text);
    return { sizes: [0, entries], results: { empty, full }, text, fields };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entries = Number(process.env.LEDGER_BENCH_ENTRIES ?? 100_000);
  const reps = Number(process.env.LEDGER_BENCH_REPS ?? 5);
  runLedgerBench({ entries, reps }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
