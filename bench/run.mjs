// npm run bench — keyword matching + highlighting on large forum pages, side by
// side with a bare text-node walk (the floor) and with mark.js, in Chromium.
// At K=200 the engine also runs with the starter 舆情预警 lists compiled into the same rules, grading each
// matched post's level (levels = engine + warning words + levelOf per post).
// Then the same time-sliced run with the CPU throttled 4× (an old office PC), and the built extension on saved real
// Discuz! pages: page overhead against the same browser without it, and 50 posts appended by AJAX (bench/page/with-extension.mjs).
// Options: --quick (2 repetitions, for trying the harness), --reps=N, --sizes=100,1000, --ks=20,200, --no-ledger,
// --only=old-pc (only the time-sliced, throttled, page-overhead and appended-posts parts).
// Then the dashboard's ledger table at 0 and 100,000 entries (bench/ledger/run.mjs).
// Last, the default topics' precision and recall on the corpus of real complaints (bench/corpus/run.mjs),
// and one background-watch round with 200 tracked threads on 5 sites (bench/watch/run.mjs),
// and the shared ledger between two profiles (bench/team/run.mjs), and the service worker's size and
// cold start beside a floor worker (bench/worker/run.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildAll } from './build.mjs';
import { serve } from './server.mjs';
import { keywordSets, threadPage } from './synthetic.mjs';
import { median, ms, ratio, table } from './stats.mjs';
import { runLedgerBench } from './ledger/run.mjs';
import { runCorpusBench } from './corpus/run.mjs';
import { runWatchBench } from './watch/run.mjs';
import { runTeamBench } from './team/run.mjs';
import { runWorkerBench } from './worker/run.mjs';
import { hasExtensionBench, runExtensionBench } from './page/with-extension.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtureDir = path.resolve(root, '../shared/fixtures/discuz-x');
const FIXTURE = 'viewthread-tid14-road-works-yangang-west-road-staff-reply.member.html';
const quick = process.argv.includes('--quick');
const ONLY_OLD_PC = process.argv.includes('--only=old-pc');
const REPS = Number(process.argv.find((a) => a.startsWith('--reps='))?.slice(7) ?? (quick ? 2 : 7));
const listArg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1].split(',').map(Number) ?? fallback;
const SIZES = listArg('sizes', [100, 1000, 5000]);
/** The time-sliced runs use the largest page (5,000 posts unless --sizes says otherwise). */
const SLICED_N = Math.max(...SIZES);
const KS = [...new Set([...listArg('ks', [20, 200, 2000]), 2000])];
const SLICED_RUNS = quick ? 3 : 5;
const THROTTLE = 4;
// mark.js with a keyword list makes one pass per keyword: cells are capped.
const MARKJS_RUN_CAP_MS = 20_000;
const MARKJS_CELL_CAP_MS = 30_000;
// The <mark> variant is shown up to this size; at 5,000 posts its page loads would push the run past 15 min.
const MARKS_MAX_POSTS = 1000;
const LEVELS_K = 200;
const started = Date.now();

function log(msg) {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${msg}\n`);
}

function escapeRegex(word) {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function topicsFrom(byTopic) {
  return Object.entries(byTopic).map(([id, any]) => ({
    id, name: id, color: '#ffe58f', department: '', any, all: [], none: [], regex: [],
  }));
}

/** Compiled rules (as stored for the content script) plus the same words for mark.js. */
function ruleSet(node, topics) {
  const rules = node.compileRules(topics, node.expandVariants);
  const words = rules.words.map(([w]) => w).sort((a, b) => b.length - a.length);
  return { rules, words, source: words.map(escapeRegex).join('|') };
}

async function main() {
  const { pageScript, engineMinified, nodeModulePath } = await buildAll();
  const node = await import(nodeModulePath);
  const sets = keywordSets();
  const rulesByK = Object.fromEntries(KS.map((k) => [k, ruleSet(node, topicsFrom(sets[k]))]));
  if (rulesByK[LEVELS_K]) rulesByK[LEVELS_K].levelRules = node.compileRules(topicsFrom(sets[LEVELS_K]), node.expandVariants, node.DEFAULT_WARNING_LISTS);
  const cleanCheck = new RegExp(rulesByK[2000].source);
  const isClean = (text) => !cleanCheck.test(node.normalizeKeyword(text));
  const scripts = '<script src="/mark.min.js"></script><script src="/harness.js"></script>';
  const pages = {};
  const routes = {
    '/harness.js': () => pageScript,
    '/mark.min.js': () => readFileSync(path.join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'),
  };
  for (const n of SIZES) {
    routes[`/page-${n}.html`] = () => (pages[n] ??= threadPage(n, { isClean, toTraditional: node.toTraditional, scripts }));
  }
  const hasFixture = existsSync(path.join(fixtureDir, FIXTURE));
  if (hasFixture) {
    // Absolute script URLs: the fixture's <base href> points elsewhere.
    routes['/fixture.html'] = () =>
      readFileSync(path.join(fixtureDir, FIXTURE), 'utf8').replace(
        '</body>',
        `${scripts.replaceAll('src="/', `src="${server.base}/`)}</body>`,
      );
  }
  const server = await serve(routes);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--js-flags=--expose-gc',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The fixture's <base href> points at a dead forum: only our server is reachable.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.base) ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);

  /** One fresh page load, one call of a harness function. */
  async function fresh(url, fn, ...args) {
    await page.goto(server.base + url, { waitUntil: 'load' });
    return page.evaluate(([f, a]) => globalThis.FWB[f](...a), [fn, args]);
  }

  const APPROACHES = {
    floor: (url) => fresh(url, 'floor'),
    engine: (url, set) => fresh(url, 'engine', set.rules, 'auto'),
    marks: (url, set) => fresh(url, 'engine', set.rules, 'marks'),
    markRegExp: (url, set) => fresh(url, 'markjsRegExp', set.source),
    levels: (url, set) => fresh(url, 'engine', set.levelRules, 'auto', node.defaultWarningSettings().watchThreshold),
  };

  /** Every approach once per repetition, in an order rotated between repetitions. */
  async function measureCell(url, set, n) {
    const names = Object.keys(APPROACHES).filter((a) => (a !== 'marks' || !(n > MARKS_MAX_POSTS)) && (a !== 'levels' || set.levelRules));
    const runs = Object.fromEntries(names.map((n) => [n, []]));
    for (let rep = 0; rep < REPS; rep++) {
      for (let i = 0; i < names.length; i++) {
        const name = names[(i + rep) % names.length];
        runs[name].push(await APPROACHES[name](url, set));
      }
    }
    return runs;
  }

  let markjsPerUnit = null; // ms per (post × keyword), from the last mark.js run
  // The headline cell (N=1000, K=200) always gets one mark.js run, however long.
  async function measureMarkjsList(url, set, units, headline) {
    const estimate = markjsPerUnit === null ? null : markjsPerUnit * units;
    if (estimate !== null && estimate > MARKJS_RUN_CAP_MS && !headline) return { skipped: estimate };
    const runs = [];
    let spent = 0;
    while (runs.length < REPS && (runs.length === 0 || spent + median(runs.map((r) => r.script)) <= MARKJS_CELL_CAP_MS)) {
      const run = await fresh(url, 'markjsList', set.words);
      runs.push(run);
      spent += run.script;
      markjsPerUnit = run.script / units;
    }
    return { runs };
  }

  const cells = [];
  const requestedKs = listArg('ks', KS);
  const cellPlan = ONLY_OLD_PC ? [] : SIZES.flatMap((n) => requestedKs.map((k) => ({ n, k, url: `/page-${n}.html`, set: rulesByK[k] })));
  const defaults = ruleSet(node, node.DEFAULT_TOPICS);
  // The default topics' own lexicon and expressions on the synthetic pages.
  if (!ONLY_OLD_PC) for (const n of SIZES) cellPlan.push({ n, k: 'preset', url: `/page-${n}.html`, set: defaults });
  if (hasFixture && !ONLY_OLD_PC) {
    cellPlan.push({ n: 'fixture', k: 'preset', url: '/fixture.html', set: defaults });
    cellPlan.push({ n: 'fixture', k: 2000, url: '/fixture.html', set: rulesByK[2000] });
  }
  let fixtureUnit = null;
  for (const cell of cellPlan) {
    log(`cell N=${cell.n} K=${cell.k}`);
    const runs = await measureCell(cell.url, cell.set, cell.n);
    // The real page has heavier markup per post than the synthetic one: calibrate mark.js on it separately.
    const isFixture = cell.n === 'fixture';
    const units = (isFixture ? 10 : cell.n) * cell.set.words.length;
    let markjs;
    if (isFixture) {
      const saved = markjsPerUnit;
      markjsPerUnit = fixtureUnit;
      markjs = await measureMarkjsList(cell.url, cell.set, units);
      fixtureUnit = markjsPerUnit;
      markjsPerUnit = saved;
    } else {
      markjs = await measureMarkjsList(cell.url, cell.set, units, cell.n === 1000 && cell.k === 200);
    }
    cells.push({ ...cell, runs, markjs });
  }

  log(`sliced runs at N=${SLICED_N}, K=2000, unthrottled and with the CPU throttled ${THROTTLE}×`);
  const sliced = [];
  const throttled = [];
  const cdp = await context.newCDPSession(page);
  for (let i = 0; i < SLICED_RUNS; i++) {
    sliced.push(await fresh(`/page-${SLICED_N}.html`, 'sliced', rulesByK[2000].rules));
    // An old office PC: the page loads at full speed, the content script's work runs 4× slower.
    await page.goto(`${server.base}/page-${SLICED_N}.html`, { waitUntil: 'load' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    throttled.push(await page.evaluate((rules) => globalThis.FWB.sliced(rules), rulesByK[2000].rules));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }

  // What one highlight change costs the browser's rendering, on the smallest and the largest page.
  const oneHighlight = {};
  for (const n of new Set([Math.min(...SIZES), SLICED_N])) oneHighlight[n] = await fresh(`/page-${n}.html`, 'oneHighlightRendering', rulesByK[2000].rules);

  await browser.close();
  await server.close();
  const withExtension = await benchPart('page overhead', async () => {
    if (!hasExtensionBench()) throw new Error('no built extension (.output/chrome-mv3) or no saved Discuz! pages (../shared/fixtures)');
    return runExtensionBench({ reps: quick ? 2 : 5, log });
  });
  const oldPc = reportOldPc(sliced, throttled, oneHighlight, withExtension);
  if (ONLY_OLD_PC) {
    printGoals(oldPc.goals);
    console.log(JSON.stringify(oldPc.fields));
    return;
  }
  await report(cells, oldPc, contentScriptSize(engineMinified));
}

/** Runs one part of the bench; a part that fails is named in the result instead of taking the other parts' figures with it. */
async function benchPart(name, run) {
  try {
    return await run();
  } catch (err) {
    console.error(`${name} benchmark failed:`, err);
    return { error: String(err?.message ?? err).slice(0, 300) };
  }
}

function printGoals(goals) {
  console.log('\nGoals:');
  for (const [what, ok] of goals) console.log(`  ${ok ? 'met    ' : 'NOT MET'}  ${what}`);
}

/** Longest task per page: the longest of our own tasks and of the browser's long-task entries. */
function slicedLines(label, runs) {
  const perPage = runs.map((s) => Math.max(s.longestSlice, ...s.longTasks));
  console.log(
    `\n${label} (${runs.length} fresh pages): total ${runs.map((s) => ms(s.total)).join(' / ')} ms in ${runs.map((s) => s.slices).join(' / ')} tasks; ` +
      `longest own tasks ${runs.map((s) => s.longestSlices.map(ms).join(', ')).join(' / ')} ms (building the matcher and compiling its expressions are tasks of their own); ` +
      `browser long tasks ≥50 ms: ${runs.map((s) => (s.longTasks.length ? s.longTasks.map(ms).join('+') : 'none')).join(' / ')}; ` +
      `the browser's own rendering (style, layout, paint) at the end of a frame: longest ${runs.map((s) => ms(s.longestRendering)).join(' / ')} ms. ` +
      `Longest task per page ${perPage.map(ms).join(' / ')} ms (median ${ms(median(perPage))}).`,
  );
  return { longest: median(perPage), rendering: median(runs.map((s) => s.longestRendering)) };
}

/** The old office PC and page overhead parts: their lines, goals and JSON fields. */
function reportOldPc(sliced, throttled, oneHighlight, ext) {
  const { longest } = slicedLines(`Time-sliced highlighting at N=${SLICED_N}, K=2000`, sliced);
  const { longest: longestThrottled, rendering } = slicedLines(`The same with the CPU throttled ${THROTTLE}× (CDP Emulation.setCPUThrottlingRate)`, throttled);
  console.log(
    'The ::highlight stylesheet was installed at start-up, as the content script adds its own styles (see "sheet install"). ' +
      `One more highlighted post costs the browser's rendering of the next frame ${Object.entries(oneHighlight).map(([n, t]) => `${ms(t)} ms at N=${n}`).join(', ')} (unthrottled): ` +
      "any change to a highlight makes the browser go over the whole page.",
  );
  // The browser's rendering is not our script's task, but it is a task the user waits for.
  const renderingReason = rendering > 50 ? `; the browser's rendering of a frame alone: ${ms(rendering)} ms` : '';
  const goals = [
    [`no task > 50 ms at N=${SLICED_N}, K=2000 (median page)`, longest <= 50],
    [`no task > 50 ms at N=${SLICED_N}, K=2000 with the CPU throttled ${THROTTLE}× (median page: ${ms(longestThrottled)} ms, ${ratio(longestThrottled / 50)} the goal${renderingReason})`, longestThrottled <= 50],
  ];
  const fields = { longest_task_ms: round(longest), throttled_longest_task_ms: round(longestThrottled), throttled_frame_rendering_ms: round(rendering) };
  if (ext.error) {
    console.log(`\nBuilt extension on saved Discuz! pages: not measured (${ext.error}).`);
    return { goals, fields: { ...fields, page_overhead_error: ext.error } };
  }
  console.log(
    '\nBuilt extension on saved real Discuz! X pages, against the same Chromium without it (same run, loads alternated). ' +
      'Load-idle = navigation start → the end of the last main-thread task (≥ 1 ms) before 300 ms without one, after the load event (Chromium trace).\n',
  );
  console.log(table(
    ['page', 'without ms', 'with ms', 'with ÷ without', "extension's script ms (a profiled load)"],
    ext.overhead.map((p) => [p.file, ms(p.without), ms(p.with), ratio(p.ratio), ms(p.script)]),
  ));
  const added = median(ext.overhead.map((p) => p.with - p.without));
  const loadReason = `the extension adds ${ms(added)} ms a load (median page), of which its own script is ${ms(ext.loadScript.script)} ms` +
    `${bySourceText(ext.loadScript.bySource)}; the rest is the browser's work for it (injecting the script, style, layout and paint of its bars and highlights)`;
  console.log(`\n${loadReason[0].toUpperCase()}${loadReason.slice(1)}.`);
  const { appended } = ext;
  console.log(
    `\n${appended.posts} posts appended in one insertion into #postlist of ${appended.page} after it was handled: the extension's script time ` +
      `(CPU profile samples under its content script) ${appended.runs.map((r) => ms(r.script)).join(' / ')} ms (median ${ms(appended.script)}${bySourceText(appended.bySource, 6)}); ` +
      `the page's own insertion ${ms(appended.insert)} ms.`,
  );
  goals.push(
    [`${appended.posts} appended posts handled in < 2 ms of script (median ${ms(appended.script)} ms, ${ratio(appended.script / 2)} the goal${bySourceText(appended.bySource)})`, appended.script < 2],
    [`page overhead on saved Discuz! pages < 1.05 (median ratio ${ratio(ext.ratio)}: ${loadReason})`, ext.ratio < 1.05],
  );
  return {
    goals,
    fields: { ...fields, appended_50_script_ms: round(appended.script), page_overhead_ratio: round(ext.ratio), page_overhead_script_ms: round(ext.loadScript.script) },
  };
}

const round = (x) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);

/** `; by source: a 2.1 ms, b 1.4 ms…` for the `count` largest, or nothing when the build had no source map (one source, 'all'). */
function bySourceText(bySource, count = 3) {
  if (bySource.length === 0 || (bySource.length === 1 && bySource[0][0] === 'all')) return '';
  const shown = bySource.slice(0, count).map(([name, t]) => `${name.replace('entrypoints/forum.content/', 'forum.content/')} ${ms(t)} ms`);
  return `; by source: ${shown.join(', ')}${bySource.length > count ? '…' : ''}`;
}

function contentScriptSize(engineMinified) {
  const dir = path.join(root, '.output/chrome-mv3/content-scripts');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  if (files.length) {
    const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dir, f))).length, 0);
    return { kb: bytes / 1024, what: `built content script (${files.join(', ')})` };
  }
  return {
    kb: gzipSync(engineMinified).length / 1024,
    what: 'matching engine alone, bundled and minified here (no .output/chrome-mv3 build found)',
  };
}

async function report(cells, oldPc, size) {
  const pick = (runs, key) => median(runs.map((r) => r[key]));
  const paired = (a, b, ka, kb) => median(a.map((r, i) => r[ka] / b[i][kb]));
  const rows = [];
  const markjsRows = [];
  for (const { n, k, set, runs, markjs } of cells) {
    const { floor, engine, marks = [], markRegExp, levels = [] } = runs;
    rows.push([
      n, k, set.words.length,
      ms(pick(floor, 'script')),
      `${ms(pick(engine, 'script'))} (${ratio(paired(engine, floor, 'script', 'script'))})`,
      `${ms(pick(levels, 'script'))} (${ratio(paired(levels, floor, 'script', 'script'))})`,
      ms(pick(engine, 'layout')),
      ms(pick(engine, 'frame')),
      `${ms(pick(marks, 'script'))} (${ratio(paired(marks, floor, 'script', 'script'))})`,
      ms(pick(marks, 'layout')),
      ms(pick(markRegExp, 'layout')),
      ratio(paired(markRegExp, engine, 'layout', 'layout')),
      ms(pick(engine, 'build')),
      ms(pick(engine, 'sheet')),
      [engine, marks, markRegExp].map((runs) => (runs.length ? pick(runs, 'hits') : '–')).join('/'),
    ]);
    markjsRows.push([
      n, k, set.words.length,
      markjs.skipped !== undefined
        ? `skipped (est. ${(markjs.skipped / 1000).toFixed(0)} s per run)`
        : `${ms(pick(markjs.runs, 'script'))} (${markjs.runs.length} runs)`,
      markjs.runs ? ms(pick(markjs.runs, 'layout')) : '–',
      markjs.runs ? `${ratio(pick(markjs.runs, 'layout') / pick(engine, 'layout'))}` : '–',
      markjs.runs ? pick(markjs.runs, 'hits') : '–',
    ]);
  }
  console.log(`\nForumWatch matching benchmark — Chromium headless, ${REPS} fresh page loads per cell (median; ratios are medians of paired per-repetition ratios).`);
  console.log('floor = TreeWalker read of every post-body text node; engine = prefilter + cross-element match + CSS Custom Highlight API; levels = engine with the starter 舆情预警 lists in the same rules and each matched post\'s level (K=' + LEVELS_K + ' only); <mark> = same engine painting <mark> elements; markRegExp = mark.js markRegExp(one combined RegExp) on #postlist. "→ layout" = script + forced layout (document.body.offsetHeight); "→ frame" = until the next frame was painted. "sheet install" = one-off cost of adding the ::highlight stylesheet at start-up (forced style recalc), not included in the engine columns. K = keywords before / after Traditional expansion.\n');
  console.log(table(
    ['N posts', 'K', 'K expanded', 'floor ms', 'engine ms (÷floor)', 'levels ms (÷floor)', 'engine → layout', 'engine → frame', '<mark> ms (÷floor)', '<mark> → layout', 'markRegExp → layout', 'markRegExp ÷ engine (→ layout)', 'matcher build', 'sheet install', 'hits engine/<mark> pieces/markRegExp'],
    rows,
  ));
  for (const { n, k, runs } of cells.filter((c) => c.runs.levels)) {
    const count = (level) => median(runs.levels.map((r) => r.levels[level]));
    console.log(`舆情预警 levels (N=${n}, K=${k}) of the matched posts: ${count('urgent')} 紧急, ${count('watch')} 关注, ${count('normal')} 一般.`);
  }
  console.log('\nmark.js mark(keyword list) on #postlist, calls of ≤200 keywords, separateWordSearch/diacritics off; cells whose single run would exceed 20 s are skipped with an estimate from the measured cost per post × keyword.\n');
  console.log(table(['N posts', 'K', 'K expanded', 'mark.js script', 'mark.js → layout', 'mark.js ÷ engine (→ layout)', 'marks'], markjsRows));

  console.log(`Content script size: ${size.kb.toFixed(1)} KB gzip — ${size.what}.`);

  const at = cells.find((c) => c.n === 1000 && c.k === 200) ?? cells[0];
  const get = (approach, key) => pick(at.runs[approach], key);
  const preset = cells.find((c) => c.n === at.n && c.k === 'preset');
  const presetRatio = preset ? paired(preset.runs.engine, preset.runs.floor, 'script', 'script') : NaN;
  const levelsRatio = at.runs.levels ? paired(at.runs.levels, at.runs.floor, 'script', 'script') : NaN;
  const engineRatio = paired(at.runs.engine, at.runs.floor, 'script', 'script');
  const markRegExpRatio = paired(at.runs.markRegExp, at.runs.engine, 'layout', 'layout');
  const goals = [
    [`engine script time ≤ 1.5× floor (N=1000, K=200): ${ratio(engineRatio)}`, engineRatio <= 1.5],
    [`engine script time ≤ 1.5× floor with the default topics (N=1000): ${ratio(presetRatio)}`, presetRatio <= 1.5],
    [`engine with 舆情预警 levels ≤ 1.5× floor (N=1000, K=200): ${ratio(levelsRatio)}`, levelsRatio <= 1.5],
    [`engine to end of layout ≥ 4× faster than mark.js markRegExp (N=1000, K=200): ${ratio(markRegExpRatio)}`, markRegExpRatio >= 4],
    ...oldPc.goals,
    [`content script ≤ 30 KB gzip: ${size.kb.toFixed(1)} KB`, size.kb <= 30],
  ];
  printGoals(goals);

  // The ledger table at 0 and 100,000 entries (issue: dashboard responsiveness), unless --no-ledger.
  let ledger = null;
  if (!process.argv.includes('--no-ledger')) {
    console.log('');
    ledger = await runLedgerBench({ entries: quick ? 10_000 : 100_000, reps: quick ? 2 : 5, log: (text) => console.log(text) });
  }
  const part = async (name, run) => {
    const result = await benchPart(name, run);
    return result?.error === undefined ? result : { [`${name}_error`]: result.error };
  };
  const corpus = await part('corpus', () => runCorpusBench());
  const watch = await part('watch', () => runWatchBench({ quick, log: (text) => console.log(text) }));
  const team = await part('team', () => runTeamBench({ quick, log: (text) => console.log(text) }));
  const worker = await part('worker', () => runWorkerBench({ quick, log: (text) => console.log(text) }));
  console.log(`Total benchmark time ${((Date.now() - started) / 60000).toFixed(1)} min.`);

  console.log(
    JSON.stringify({
      posts: at.n,
      keywords: at.k,
      floor_ms: round(get('floor', 'script')),
      engine_ms: round(get('engine', 'script')),
      engine_layout_ms: round(get('engine', 'layout')),
      markjs_ms: at.markjs.runs ? round(pick(at.markjs.runs, 'script')) : null,
      markjs_regexp_layout_ms: round(get('markRegExp', 'layout')),
      content_script_gzip_kb: round(size.kb),
      default_topics_engine_ms: preset ? round(pick(preset.runs.engine, 'script')) : null,
      default_topics_engine_floor_ratio: round(presetRatio),
      levels_engine_ms: at.runs.levels ? round(get('levels', 'script')) : null,
      levels_engine_floor_ratio: round(levelsRatio),
      levels_engine_ratio: at.runs.levels ? round(paired(at.runs.levels, at.runs.engine, 'script', 'script')) : null,
      ...oldPc.fields,
      ...corpus,
      ...ledger?.fields,
      ...watch,
      ...team,
      ...worker,
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
