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

/** Waits until the table shows the result of `signature` (and its first rows when there are any). */
async function shown(page, signature) {
  await page.waitForFunction(
    (sig) => {
      const el = document.querySelector('[data-fw-ledger]');
      if (!el || el.getAttribute('aria-busy') !== 'false' || (sig && el.getAttribute('data-fw-ledger-shown') !== sig)) return false;
      const count = Number(el.getAttribute('data-fw-ledger-count'));
      // A row counts once its cells are filled (the entry was read, not just its key).
      const title = document.querySelector('tr[data-fw-ledger-row] td:nth-child(3)');
      return count === 0 || (title !== null && title.textContent !== '');
    },
    signature,
    { timeout: 120_000, polling: 'raf' },
  );
  return Number(await page.getAttribute('[data-fw-ledger]', 'data-fw-ledger-count'));
}

async function timed(fn) {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

const STATUS = 'status=new&sort=-capturedAt';
const STATUS_TOPIC = 'status=new&topic=road_works&sort=-capturedAt';

/** One round at the current ledger size: open, then filter by status, then add a topic. */
async function round(browser) {
  const page = await browser.ctx.newPage();
  const open = await timed(async () => {
    await page.goto(browser.dashboard);
    return shown(page, 'sort=-capturedAt');
  });
  const byStatus = await timed(async () => {
    await page.selectOption('select[data-fw-filter="status"]', 'new');
    return shown(page, STATUS);
  });
  const byTopic = await timed(async () => {
    await page.selectOption('select[data-fw-filter="topic"]', 'road_works');
    return shown(page, STATUS_TOPIC);
  });
  await page.close();
  return { open, byStatus, byTopic };
}

async function measure(browser, reps) {
  const rounds = [];
  await round(browser); // warm-up: first start of the extension pages
  for (let i = 0; i < reps; i++) rounds.push(await round(browser));
  const pick = (name) => ({ ms: median(rounds.map((r) => r[name].ms)), rows: rounds[0][name].result });
  return { open: pick('open'), byStatus: pick('byStatus'), byTopic: pick('byTopic') };
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
    await shown(page, 'sort=-capturedAt'); // the dashboard has created the database
    const seeding = await timed(async () => {
      let stored = 0;
      for (let from = 0; from < entries; from += SEED_CHUNK) {
        stored = await page.evaluate(seedLedger, { from, count: Math.min(SEED_CHUNK, entries - from) });
      }
      return stored;
    });
    await page.close();
    log(`ledger bench: stored ${seeding.result} generated entries in ${ms(seeding.ms)} ms`);
    const full = await measure(browser, reps);

    const steps = [
      ['open the dashboard (first rows shown)', 'open'],
      ['filter status = new', 'byStatus'],
      ['  + topic = road_works', 'byTopic'],
    ];
    const rows = steps.map(([label, key]) => [
      label,
      `${ms(empty[key].ms)} ms (${empty[key].rows})`,
      `${ms(full[key].ms)} ms (${full[key].rows})`,
      ratio(full[key].ms / empty[key].ms),
    ]);
    const text = [
      `Ledger table in Chromium, median of ${reps} (rows matching in brackets)`,
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
