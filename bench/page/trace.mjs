// Reading Chromium's own records of a page: a timeline trace (main-thread tasks around a page load)
// and a sampling CPU profile (whose script the time went to).

const CATEGORIES = ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'].join(',');

/** How long the trace goes on after the load event: long enough to see the quiet window after the last task. */
export const TRACE_AFTER_LOAD_MS = 1200;
/** Load-idle: the load event has fired and no main-thread task of ≥ MIN_TASK_MS starts for QUIET_MS. */
const QUIET_MS = 300;
const MIN_TASK_MS = 1;

/** The trace events recorded while `during()` runs, on the page's CDP session. */
export async function recordTrace(cdp, during) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await during();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/**
 * Milliseconds from the navigation start of `url` to load-idle: the end of the last main-thread task
 * (of ≥ MIN_TASK_MS) before the first QUIET_MS without one after the load event. Everything the page and
 * a content script do on loading falls inside, the content script's start at document_idle included.
 */
export function loadIdle(events, url) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url && e.args.data.isLoadingMainFrame);
  if (!nav) throw new Error(`no navigationStart for ${url} in the trace`);
  const onMain = (e) => e.pid === nav.pid && e.tid === nav.tid;
  const load = events.find((e) => onMain(e) && e.name === 'MarkLoad' && e.args?.data?.isMainFrame && e.ts >= nav.ts) ??
    events.find((e) => onMain(e) && e.name === 'loadEventEnd' && e.ts >= nav.ts);
  if (!load) throw new Error(`no load event for ${url} in the trace`);
  const tasks = events
    .filter((e) => onMain(e) && e.name === 'RunTask' && e.ph === 'X' && e.ts >= nav.ts && e.dur >= MIN_TASK_MS * 1000)
    .sort((a, b) => a.ts - b.ts);
  let idle = load.ts;
  for (const task of tasks) {
    if (task.ts + task.dur <= idle) continue;
    if (task.ts > Math.max(idle, load.ts) + QUIET_MS * 1000) break;
    idle = task.ts + task.dur;
  }
  const traced = events.reduce((end, e) => Math.max(end, e.ts + (e.dur ?? 0)), 0);
  if (traced - idle < QUIET_MS * 1000) throw new Error(`the trace of ${url} ends before the page was quiet for ${QUIET_MS} ms`);
  return (idle - nav.ts) / 1000;
}

/**
 * Milliseconds of the sampling profile spent with a frame of `isOwn(url)` on the stack (its calls into
 * the browser included), in all and by `nameOf(callFrame)` of the own frame nearest the sample's leaf.
 */
export function cpuTimeOf(profile, isOwn, nameOf = () => 'all') {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const nearest = new Map();
  /** The nearest own call frame at or above node `id`, or null. */
  const ownFrameOf = (id) => {
    if (!nearest.has(id)) {
      const { callFrame } = byId.get(id);
      nearest.set(id, isOwn(callFrame.url) ? callFrame : parent.has(id) ? ownFrameOf(parent.get(id)) : null);
    }
    return nearest.get(id);
  };
  const byName = new Map();
  let micros = 0;
  // timeDeltas[i] is the time before sample i: sample i lasted until the next one.
  for (let i = 0; i + 1 < profile.samples.length; i++) {
    const frame = ownFrameOf(profile.samples[i]);
    if (!frame) continue;
    const name = nameOf(frame);
    byName.set(name, (byName.get(name) ?? 0) + profile.timeDeltas[i + 1] / 1000);
    micros += profile.timeDeltas[i + 1];
  }
  return { ms: micros / 1000, byName };
}
