import type { SiteWatch } from './politeness';
import type { BoardWatch } from './boards';
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
  /** Watched board address → what was listed there at the last look. */
  boards: Record<string, BoardWatch>;
  /** What the last round cost. */
  lastRound?: RoundCost;
}

export interface RoundCost {
  requests: number;
  bytes: number;
  ms: number;
}

export const emptyWatchState = (): WatchState => ({ lastRunAt: null, nextRunAt: null, sites: {}, threads: {}, boards: {} });

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

/** The state with only the threads still tracked and the boards still watched. */
export function keepTracked(state: WatchState, tracked: TrackedThread[], boards: string[]): WatchState {
  const keys = new Set(tracked.map((t) => threadKeyOf(t.site, t.tid)));
  const watched = new Set(boards);
  return {
    ...state,
    threads: Object.fromEntries(Object.entries(state.threads).filter(([k]) => keys.has(k))),
    boards: Object.fromEntries(Object.entries(state.boards ?? {}).filter(([url]) => watched.has(url))),
  };
}

/** What the dashboard shows of the watch. */
export interface WatchStatus {
  running: boolean;
  lastRunAt: number | null;
  nextRunAt: number | null;
  sites: Record<string, SiteWatch>;
  /** Threads read at least once and still tracked. */
  threads: number;
  lastRound: RoundCost | null;
}

export function watchStatusOf(state: WatchState, running: boolean): WatchStatus {
  return { running, lastRunAt: state.lastRunAt, nextRunAt: state.nextRunAt, sites: state.sites, threads: Object.keys(state.threads).length, lastRound: state.lastRound ?? null };
}
