// Ledger benchmark: time to open the dashboard (until the ledger table shows its first
// rows) and to apply filters, with an empty ledger and with 100,000 entries, in headless
// Chromium with the built extension. Run on its own (`node bench/ledger/run.mjs`) or
// through `runLedgerBench()` from the main benchmark.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, ms, ratio, table } from '../stats.mjs';
import { seedLedger } from './seed.mjs';

const SEED_CHUNK = 20_000;

async function launch(extDir) {
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

async function timed(fn) {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

const STEPS = [
  { name: 'open', label: 'open the dashboard', sig: 'sort=-capturedAt', act: (page, url) => page.goto(url) },
  { name: 'byStatus', label: 'filter status = new', sig: 'status=new&sort=-capturedAt', act: (page) => page.selectOption('select[data-fw-filter="status"]', 'new') },
  {
    name: 'byTopic',
    label: '  + topic = road_works',
    sig: 'status=new&topic=road_works&sort=-capturedAt',
    act: (page) => page.selectOption('select[data-fw-filter="topic"]', 'road_works'),
  },
];

/** One round at the current ledger size: each step timed to its first rows and to its complete result. */
async function round(browser) {
  const page = await browser.ctx.newPage();
  const out = {};
  for (const step of STEPS) {
    const start = performance.now();
    await step.act(page, browser.dashboard);
    await firstRows(page, step.sig);
    const first = performance.now() - start;
    const rows = await complete(page);
    out[step.name] = { first, done: performance.now() - start, rows };
  }
  await page.close();
  return out;
}

async function measure(browser, reps) {
  const rounds = [];
  await round(browser); // warm-up: first start of the extension pages
  for (let i = 0; i < reps; i++) rounds.push(await round(browser));
  const pick = (name) => ({
    first: median(rounds.map((r) => r[name].first)),
    done: median(rounds.map((r) => r[name].done)),
    rows: rounds[0][name].rows,
  });
  return Object.fromEntries(STEPS.map((s) => [s.name, pick(s.name)]));
}

/**
 * Returns `{ sizes, results, text }`: median milliseconds per step at each
 * ledger size, and the printed table with the ratios (largest / empty).
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
    log(`ledger bench: stored ${seeding.result} generated entries in ${ms(seeding.ms)}${seeding.ms < 10000 ? ' ms' : ''}`);
    const full = await measure(browser, reps);

    const rows = [];
    for (const step of STEPS) {
      const e = empty[step.name];
      const f = full[step.name];
      rows.push([`${step.label}: first rows`, `${ms(e.first)} ms`, `${ms(f.first)} ms`, ratio(f.first / e.first)]);
      rows.push([`${step.label}: complete (${f.rows} rows)`, `${ms(e.done)} ms`, `${ms(f.done)} ms`, ratio(f.done / e.done)]);
    }
    const text = [
      `Ledger table in Chromium, median of ${reps} (time from the action until the rows are shown / until the full result and count are there)`,
      table(['step', '0 entries', `${entries.toLocaleString('en')} entries`, 'ratio'], rows),
    ].join('\n');
    log(text);
    return { sizes: [0, entries], results: { empty, full }, text };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entries = Number(process.env.LEDGER_BENCH_ENTRIES ?? 100_000);
  runLedgerBench({ entries }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
