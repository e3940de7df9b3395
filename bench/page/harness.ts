// Runs inside the benchmark page (bundled to one IIFE, global `FWB`). Each
// function is called once on a freshly loaded page and reports its timings.
import { createMatcher, type CompiledRules } from '@/utils/matching/compile';
import { highlightElement, installHighlightStyles, type PaintMode } from '@/utils/matching/highlight';
import { createHighlighter, yieldToPage } from '@/utils/matching/slices';
import { levelOf } from '@/utils/warning/level';
import type { WarningLevel } from '@/utils/settings/types';

interface MarkInstance {
  mark(words: string[], options: object): void;
  markRegExp(re: RegExp, options: object): void;
}
declare const Mark: new (root: Element) => MarkInstance;

const POSTS = 'td.t_f';
const EXCLUDE = 'div.quote, i.pstatus, .tip';
const MARKJS_CHUNK = 200;

const now = () => performance.now();
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Page laid out, two frames passed, garbage collected: every run starts from the same state. */
async function settle(): Promise<void> {
  void document.body.offsetHeight;
  await nextFrame();
  await nextFrame();
  (globalThis as { gc?: () => void }).gc?.();
  // Leave the task that collected garbage, so it is not counted as ours.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Script time, time to the end of a forced layout, and time to the next painted frame. */
async function finish(start: number, scriptEnd: number) {
  void document.body.offsetHeight;
  const layoutEnd = now();
  await afterPaint();
  return { script: scriptEnd - start, layout: layoutEnd - start, frame: now() - start };
}

function buildMatcher(rules: CompiledRules) {
  const t0 = now();
  const matcher = createMatcher(rules);
  // Forces the prefilter's and the scan's RegExps to be compiled now, as a content script does before its first page.
  matcher.warmUp();
  return { matcher, build: now() - t0 };
}

function highlightCount(): number {
  const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<unknown>> } }).CSS.highlights;
  let n = 0;
  registry?.forEach((h, name) => {
    if (name.startsWith('fw-')) n += h.size;
  });
  return n;
}

export async function floor() {
  await settle();
  const t0 = now();
  let chars = 0;
  let nodes = 0;
  for (const el of document.querySelectorAll(POSTS)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      chars += (n as Text).data.length;
      nodes++;
    }
  }
  const script = now() - t0;
  return { script, layout: script, frame: script, chars, nodes };
}

/** With `watchThreshold`, each matched post's 舆情预警 level is graded too, as the content script does. */
export async function engine(rules: CompiledRules, mode: PaintMode, watchThreshold?: number) {
  await settle();
  const { matcher, build } = buildMatcher(rules);
  // The ::highlight stylesheet goes in at start-up with the content script's own styles;
  // its one-off cost (the browser re-checks every element's style) is reported apart.
  let sheet = 0;
  if (mode !== 'marks') {
    const s0 = now();
    installHighlightStyles(document, matcher.topics);
    void document.body.offsetHeight;
    sheet = now() - s0;
    await settle();
  }
  const t0 = now();
  let posts = 0;
  const levels: Record<WarningLevel, number> = { urgent: 0, watch: 0, normal: 0 };
  for (const el of document.querySelectorAll(POSTS)) {
    const found = highlightElement(el, matcher, { exclude: EXCLUDE, mode });
    if (found.topics.length === 0) continue;
    posts++;
    if (watchThreshold !== undefined) levels[levelOf(found.warning, watchThreshold)]++;
  }
  const times = await finish(t0, now());
  const hits = mode === 'marks' ? document.querySelectorAll('mark[data-fw-hit]').length : highlightCount();
  return { ...times, build, sheet, posts, hits, levels };
}

function markjsRun(run: (done: () => void) => void): Promise<number> {
  return new Promise((resolve) => run(() => resolve(now())));
}

export async function markjsRegExp(source: string) {
  await settle();
  const t0 = now();
  const instance = new Mark(document.querySelector('#postlist')!);
  const end = await markjsRun((done) => instance.markRegExp(new RegExp(source, 'gm'), { acrossElements: false, done }));
  const times = await finish(t0, end);
  return { ...times, hits: document.querySelectorAll('mark[data-markjs]').length };
}

export async function markjsList(words: string[]) {
  await settle();
  const t0 = now();
  const instance = new Mark(document.querySelector('#postlist')!);
  let end = t0;
  // mark.js recurses once per keyword: more than a few hundred per call overflow the stack.
  for (let i = 0; i < words.length; i += MARKJS_CHUNK) {
    const chunk = words.slice(i, i + MARKJS_CHUNK);
    end = await markjsRun((done) =>
      instance.mark(chunk, { separateWordSearch: false, diacritics: false, acrossElements: false, done }),
    );
  }
  const times = await finish(t0, end);
  return { ...times, hits: document.querySelectorAll('mark[data-markjs]').length };
}

interface LongFrame extends PerformanceEntry {
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: { duration: number }[];
}

/** The browser's own rendering (style, layout, paint) at the end of a long animation frame. */
function renderingOf(f: LongFrame): number {
  return f.renderStart ? f.startTime + f.duration - f.renderStart : 0;
}

/** Where a long animation frame's time went: scripts, rendering (style, layout, paint). */
function describeFrame(f: LongFrame): string {
  const scripts = f.scripts.reduce((sum, s) => sum + s.duration, 0);
  const styleLayout = f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0;
  return `frame ${f.duration.toFixed(0)} ms: scripts ${scripts.toFixed(0)}, rendering ${renderingOf(f).toFixed(0)} (style/layout/paint from ${styleLayout.toFixed(0)} ms before the end)`;
}

/** The content script's way: build, then highlight every post in time slices; reports the longest task. */
export async function sliced(rules: CompiledRules) {
  // Start-up: the stylesheet goes in with the content script's own styles (its cost is reported by `engine`).
  installHighlightStyles(document, rules.topics);
  await settle();
  const longTasks: number[] = [];
  const frames: string[] = [];
  /** The browser's own style, layout and paint at the end of each long frame of the run. */
  const renderings: number[] = [];
  const runStart = now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.entryType === 'longtask') longTasks.push(entry.duration);
      else {
        const frame = entry as LongFrame;
        frames.push(describeFrame(frame));
        if (frame.startTime >= runStart) renderings.push(renderingOf(frame));
      }
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  observer.observe({ type: 'long-animation-frame', buffered: false });
  const slices: number[] = [];
  const scheduler = (globalThis as unknown as { scheduler?: { yield: () => Promise<void> } }).scheduler;
  let sliceStart = now();
  if (scheduler?.yield) {
    const original = scheduler.yield.bind(scheduler);
    scheduler.yield = async () => {
      slices.push(now() - sliceStart);
      await original();
      sliceStart = now();
    };
  }
  const t0 = sliceStart;
  // As the content script does: building the matcher and compiling its expressions are tasks of their own.
  const matcher = createMatcher(rules);
  await yieldToPage();
  matcher.warmUp();
  await yieldToPage();
  let posts = 0;
  const highlighter = createHighlighter(matcher, { exclude: EXCLUDE, onResult: (_el, found) => void (found.topics.length && posts++) });
  await highlighter.add(document.querySelectorAll(POSTS));
  slices.push(now() - sliceStart);
  const total = now() - t0;
  await afterPaint();
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  const longestSlices = [...slices].sort((a, b) => b - a).slice(0, 3);
  return { total, slices: slices.length, longestSlice: longestSlices[0] ?? 0, longestSlices, longTasks, frames, longestRendering: Math.max(0, ...renderings), posts, hits: highlightCount() };
}

/**
 * The browser's rendering of the frame after one more post is highlighted, on a page whose other posts are
 * not: what any change to a highlight costs the browser on a page of this size (median of three posts).
 */
export async function oneHighlightRendering(rules: CompiledRules) {
  installHighlightStyles(document, rules.topics);
  const { matcher } = buildMatcher(rules);
  const withHits = [...document.querySelectorAll(POSTS)].filter((el) => matcher.mayMatch(el.textContent ?? '')).slice(0, 3);
  await settle();
  const renderings: number[] = [];
  for (const post of withHits) {
    highlightElement(post, matcher, { exclude: EXCLUDE });
    const frameStart = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(now())));
    await new Promise((resolve) => setTimeout(resolve, 0));
    renderings.push(now() - frameStart);
    await settle();
  }
  return [...renderings].sort((a, b) => a - b)[renderings.length >> 1] ?? 0;
}
