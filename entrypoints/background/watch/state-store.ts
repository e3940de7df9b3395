import { watchStateItem } from '@/utils/storage/items';
import { emptyWatchState, type WatchState } from '@/utils/watch/state';

export async function loadWatchState(): Promise<WatchState> {
  return (await watchStateItem.getValue()) ?? emptyWatchState();
}

export async function saveWatchState(state: WatchState): Promise<void> {
  await watchStateItem.setValue(state);
}
