// One round of the background watch: each tracked thread is read again (its last page), sites
// side by side, each site's requests spaced out; staff replies and follow-ups are applied as
// when the thread is open in a tab.
import type { Settings } from '@/utils/settings/types';
import { loadSettings } from '@/utils/settings/store';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { ledgerDb } from '@/utils/ledger/db';
import { threadEntries } from '@/utils/ledger/queries';
import { changeEntry } from '@/utils/ledger/workflow';
import { errorText } from '@/utils/error-text';
import { countRequest, freshSiteWatch, siteAnswered, siteFailed, waitBeforeRequest, type SiteWatch } from '@/utils/watch/politeness';
import { inWatchHours, nextRoundAt } from '@/utils/watch/schedule';
import { keepTracked, threadsToRead, type ThreadWatch, type WatchState } from '@/utils/watch/state';
import { trackedThreads, watchCandidates, type TrackedThread } from '@/utils/watch/tracked';
import type { ReadPage } from '@/utils/watch/read-page';
import { applyThreadSeen } from '../thread-seen';
import { fetchPage } from './fetch-page';
import { closeParser, readInDom } from './read-in-dom';
import { mayWatch } from './site-access';
import { loadWatchState, saveWatchState } from './state-store';

/** What a round did, for the benchmark and the dashboard. */
export interface RoundReport {
  requests: number;
  bytes: number;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Notes on each of the thread's entries, once, that the thread is gone. */
async function noteGone(site: string, tid: string, detail: string): Promise<void> {
  const db = ledgerDb();
  for (const entry of await threadEntries(db, site, tid)) {
    await changeEntry(db, entry.key, { now: new Date(), actor: '系统' }, (e) => ({ entry: e, event: { type: 'note', note: `后台监测：帖子已删除或无法访问（${detail}）` } }));
  }
}

class SiteRound {
  constructor(
    private site: SiteWatch,
    private readonly settings: Settings,
    private readonly manual: boolean,
    private readonly report: RoundReport,
  ) {}

  get state(): SiteWatch {
    return this.site;
  }

  /** Reads one page when the site's politeness allows; null when the site is done for this round. */
  private async read(url: string): Promise<ReadPage | null> {
    const wait = waitBeforeRequest(this.site, Date.now(), this.manual);
    if (wait === null) return null;
    if (wait > 0) await sleep(wait);
    this.site = countRequest(this.site, Date.now());
    try {
      const page = await fetchPage(url);
      this.report.requests++;
      this.report.bytes += page.bytes;
      return await readInDom(page, this.settings.sites);
    } catch (err) {
      this.site = siteFailed(this.site, Date.now(), 'error', errorText(err));
      return null;
    }
  }

  /** Reads the thread (going on to its last page); false when the site should not be asked again this round. */
  async thread(thread: TrackedThread, watch: ThreadWatch): Promise<{ go: boolean; watch: ThreadWatch }> {
    let url = watch.url;
    for (let hop = 0; hop < 2; hop++) {
      const page = await this.read(url);
      if (!page) return { go: false, watch };
      if (page.problem?.problem === 'gone') {
        await noteGone(thread.site, thread.tid, page.problem.detail);
        return { go: true, watch: { ...watch, gone: true, checkedAt: Date.now() } };
      }
      if (page.problem) {
        this.site = siteFailed(this.site, Date.now(), page.problem.problem === 'login' ? 'login' : 'error', page.problem.detail);
        return { go: false, watch };
      }
      this.site = siteAnswered(this.site, Date.now());
      await applyThreadSeen(thread.site, thread.tid, page.posts);
      watch = { ...watch, url, checkedAt: Date.now() };
      if (!page.lastPageUrl) break;
      url = page.lastPageUrl;
    }
    return { go: true, watch };
  }
}

async function watchSite(site: string, threads: ReturnType<typeof threadsToRead>, state: WatchState, settings: Settings, manual: boolean, report: RoundReport): Promise<void> {
  const round = new SiteRound(state.sites[site] ?? freshSiteWatch(), settings, manual, report);
  for (const { thread, key, watch } of threads) {
    const { go, watch: after } = await round.thread(thread, watch);
    state.threads[key] = after;
    if (!go) break;
  }
  state.sites[site] = round.state;
}

let running: Promise<RoundReport> | null = null;

export const roundRunning = () => running !== null;

async function round(manual: boolean): Promise<RoundReport> {
  const settings = await loadSettings();
  const calendar = new WorkCalendar(settings.calendar);
  const now = new Date();
  const report: RoundReport = { requests: 0, bytes: 0 };
  let state = await loadWatchState();
  if (manual || inWatchHours(now, settings.watch, calendar)) {
    const tracked = trackedThreads(await watchCandidates(ledgerDb()), now, settings.watch.daysAfterReply);
    const allowed: TrackedThread[] = [];
    for (const t of tracked) if (await mayWatch(t.url, settings.sites)) allowed.push(t);
    state = keepTracked(state, allowed);
    const bySite = Map.groupBy(threadsToRead(allowed, state), (t) => t.thread.site);
    try {
      await Promise.all([...bySite].map(([site, threads]) => watchSite(site, threads, state, settings, manual, report)));
    } finally {
      await closeParser();
    }
    state.lastRunAt = Date.now();
  }
  state.nextRunAt = nextRoundAt(now, settings.watch, calendar).getTime();
  await saveWatchState(state);
  return report;
}

/** Runs one round (or waits for the one under way). `manual`: asked for by the user, so outside hours and backoff too. */
export function runWatchRound(manual: boolean): Promise<RoundReport> {
  running ??= round(manual).finally(() => (running = null));
  return running;
}
