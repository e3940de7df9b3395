import { browser } from 'wxt/browser';
import { emptyWatchState, type WatchState } from '@/utils/watch/state';

const STATE_KEY = 'watchState';

export async function loadWatchState(): Promise<WatchState> {
  return ((await browser.storage.local.get(STATE_KEY))[STATE_KEY] as WatchState | undefined) ?? emptyWatchState();
}

export async function saveWatchState(state: WatchState): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: state });
}
