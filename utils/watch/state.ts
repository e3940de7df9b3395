import type { SiteWatch } from './politeness';
import { threadKeyOf, type TrackedThread } from './tracked';

export interface ThreadWatch {
  /** The page to read next: the thread's last page once known. */
  url: string;
  checkedAt: number | null;
  /** Deleted or not found: noted on its entries once, not read again. */
  gone: boolean;
}

/** What the background watch remembers between rounds (storage.local, one key). */
export interface WatchState {
  lastRunAt: number | null;
  nextRunAt: number | null;
  sites: Record<string, SiteWatch>;
  threads: Record<string, ThreadWatch>;
}

export const emptyWatchState = (): WatchState => ({ lastRunAt: null, nextRunAt: null, sites: {}, threads: {} });

/** The tracked threads to read, least recently read first, each with its remembered state. */
export function threadsToRead(tracked: TrackedThread[], state: WatchState): { thread: TrackedThread; key: string; watch: ThreadWatch }[] {
  return tracked
    .map((thread) => {
      const key = threadKeyOf(thread.site, thread.tid);
      return { thread, key, watch: state.threads[key] ?? { url: thread.url, checkedAt: null, gone: false } };
    })
    .filter((t) => !t.watch.gone)
    .sort((a, b) => (a.watch.checkedAt ?? 0) - (b.watch.checkedAt ?? 0));
}

/** The state with only the threads still tracked. */
export function keepTracked(state: WatchState, tracked: TrackedThread[]): WatchState {
  const keys = new Set(tracked.map((t) => threadKeyOf(t.site, t.tid)));
  return { ...state, threads: Object.fromEntries(Object.entries(state.threads).filter(([k]) => keys.has(k))) };
}

/** What the dashboard shows of the watch. */
export interface WatchStatus {
  running: boolean;
  lastRunAt: number | null;
  nextRunAt: number | null;
  sites: Record<string, SiteWatch>;
  /** Threads read at least once and still tracked. */
  threads: number;
}

export function watchStatusOf(state: WatchState, running: boolean): WatchStatus {
  return { running, lastRunAt: state.lastRunAt, nextRunAt: state.nextRunAt, sites: state.sites, threads: Object.keys(state.threads).length };
}
