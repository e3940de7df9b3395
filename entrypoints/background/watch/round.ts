// One round of the background watch: each tracked thread is read again (its last page) and each
// watched board looked at for new threads; sites side by side, each site's requests spaced out.
import type { Settings } from '@/utils/settings/types';
import { loadSettings } from '@/utils/settings/store';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { ledgerDb } from '@/utils/ledger/db';
import { errorText } from '@/utils/error-text';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { storedMatcher } from './stored-matcher';
import { freshSiteWatch } from '@/utils/watch/politeness';
import { inWatchHours, nextRoundAt } from '@/utils/watch/schedule';
import { keepTracked, threadsToRead, type WatchState } from '@/utils/watch/state';
import { trackedThreads, watchCandidates, type TrackedThread } from '@/utils/watch/tracked';
import type { InboxItem } from '@/utils/watch/inbox';
import { routeBoardFindings, type NearbyItem } from '@/utils/watch/nearby';
import { checkThread } from './thread-check';
import { checkBoard, type BoardCheckContext } from './board-check';
import { closeParser } from './read-in-dom';
import { mayWatch } from './site-access';
import { SiteRound, type RoundReport } from './site-round';
import { loadWatchState, saveWatchState } from './state-store';
import { addFirstPostTopics, addToInbox } from './inbox-store';
import { addToNearby } from './nearby-store';
import { periodEffectsAt } from '../period-effects';

interface SiteWork {
  threads: ReturnType<typeof threadsToRead>;
  boards: string[];
}

interface Findings {
  items: InboxItem[];
  nearby: NearbyItem[];
  topics: [string, string[]][];
}

type RoundContext = BoardCheckContext & { manual: boolean; report: RoundReport; findings: Findings };

async function readSite(round: SiteRound, work: SiteWork, state: WatchState, ctx: RoundContext): Promise<void> {
  let go = true;
  for (const url of work.boards) {
    if (!go) break;
    const found = await checkBoard(round, url, state.boards[url], ctx);
    if (found.board) state.boards[url] = found.board;
    const routed = routeBoardFindings(found.items, ctx.settings.watch.boardKinds[url], found.name);
    ctx.findings.items.push(...routed.inbox);
    ctx.findings.nearby.push(...routed.nearby);
    ctx.findings.topics.push(...found.topics);
    go = found.go;
  }
  for (const { thread, key, watch } of work.threads) {
    if (!go) break;
    const checked = await checkThread(round, thread, watch, ctx.settings);
    state.threads[key] = checked.watch;
    go = checked.go;
  }
}

async function watchSite(site: string, work: SiteWork, state: WatchState, ctx: RoundContext): Promise<void> {
  const round = new SiteRound(state.sites[site] ?? freshSiteWatch(), ctx.manual, ctx.report);
  try {
    await readSite(round, work, state, ctx);
  } catch (err) {
    // A page that could not be read stops this site for the round, not the round.
    round.failed({ problem: 'unrecognised', detail: errorText(err) });
  }
  state.sites[site] = round.state;
}

/** Tracked threads and watched boards on sites the watch may read, by site. */
async function workBySite(settings: Settings, state: WatchState, now: Date): Promise<{ work: Map<string, SiteWork>; tracked: TrackedThread[] }> {
  const tracked: TrackedThread[] = [];
  for (const t of trackedThreads(await watchCandidates(ledgerDb()), now, settings.watch.daysAfterReply)) {
    if (await mayWatch(t.url, settings.sites)) tracked.push(t);
  }
  const work = new Map<string, SiteWork>();
  const of = (site: string) => work.get(site) ?? work.set(site, { threads: [], boards: [] }).get(site)!;
  for (const t of threadsToRead(tracked, state)) of(t.thread.site).threads.push(t);
  for (const url of settings.watch.boards) if (await mayWatch(url, settings.sites)) of(new URL(url).host).boards.push(url);
  return { work, tracked };
}

let running: Promise<void> | null = null;

export const roundRunning = () => running !== null;

async function round(manual: boolean): Promise<void> {
  const settings = await loadSettings();
  const calendar = new WorkCalendar(settings.calendar);
  const now = new Date();
  const report: RoundReport = { requests: 0, bytes: 0 };
  let state = await loadWatchState();
  if (manual || inWatchHours(now, settings.watch, calendar)) {
    const { work, tracked } = await workBySite(settings, state, now);
    state = keepTracked(state, tracked, settings.watch.boards);
    const ctx: RoundContext = {
      settings,
      matcher: (await storedMatcher()) ?? createMatcher(compileRules(settings.topics, undefined, settings.warning.lists)),
      // An active sensitive period may lower the 关注 threshold, never raise it.
      watchThreshold: Math.min(settings.warning.watchThreshold, periodEffectsAt(settings, now).watchThreshold ?? Infinity),
      manual,
      report,
      findings: { items: [], nearby: [], topics: [] },
    };
    try {
      await Promise.all([...work].map(([site, w]) => watchSite(site, w, state, ctx)));
    } finally {
      await closeParser();
    }
    await addFirstPostTopics(ctx.findings.topics);
    await addToInbox(ctx.findings.items);
    await addToNearby(ctx.findings.nearby);
    state.lastRunAt = Date.now();
    state.lastRound = { ...report, ms: state.lastRunAt - now.getTime() };
  }
  state.nextRunAt = nextRoundAt(now, settings.watch, calendar).getTime();
  await saveWatchState(state);
}

/** Runs one round (or waits for the one under way). `manual`: asked for by the user, so outside hours and backoff too. */
export function runWatchRound(manual: boolean): Promise<void> {
  running ??= round(manual).finally(() => (running = null));
  return running;
}
