// Precision and recall of the default topics on the corpus of real public complaints
// (tests/fixtures/corpus), for threads and for list titles alone, plus the cost of
// compiling the rules. Run on its own (`node bench/corpus/run.mjs`) or through
// `runCorpusBench()` from the main benchmark.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from '../build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function runCorpusBench({ log = console.log } = {}) {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'fw-bench-corpus-')), 'corpus.mjs');
  await writeFile(file, await bundle('bench/corpus/entry.ts', { format: 'esm', platform: 'node' }));
  const m = await import(pathToFileURL(file).href);
  const started = performance.now();
  const rules = m.compileRules(m.DEFAULT_TOPICS, m.expandVariants);
  const compileMs = performance.now() - started;
  // The wording is measured, not the machine: an unbounded expression budget, as in the corpus test.
  const matcher = m.createMatcher(rules, { regexBudgetMs: Infinity });
  const corpus = m.loadCorpus(path.join(root, 'tests/fixtures/corpus'));
  const threads = m.measureThreads(corpus, matcher, m.AREA_TOPIC_IDS);
  const titles = m.measureTitles(corpus, matcher, m.AREA_TOPIC_IDS);
  log(`\nDefault topics on the corpus of real public complaints (${corpus.length} items); rules compiled in ${compileMs.toFixed(0)} ms, ${rules.words.length} expanded words, ${rules.regex.length} expressions.\n`);
  log(m.formatMeasurement('threads (title + first post)', threads));
  log('');
  log(m.formatMeasurement('list titles alone', titles));
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    corpus_items: corpus.length,
    corpus_thread_precision: round(threads.overall.precision),
    corpus_thread_recall: round(threads.overall.recall),
    corpus_thread_f1: round(threads.overall.f1),
    corpus_title_precision: round(titles.overall.precision),
    corpus_title_recall: round(titles.overall.recall),
    corpus_min_area_thread_recall: round(Math.min(...Object.values(threads.perArea).map((s) => s.recall))),
    rules_compile_ms: Math.round(compileMs),
    rules_expanded_words: rules.words.length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await runCorpusBench()));
}
