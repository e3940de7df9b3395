// What pages ask of the watch: the content script marks boards watched (and 本地/周边/同行业), tells
// of first posts seen and asks for first-post topics; the popup captures or dismisses inbox items.
import { browser } from 'wxt/browser';
import type { Status } from '@/utils/ledger/types';
import { watchStatusOf, type WatchStatus } from '@/utils/watch/state';
import { loadWatchState } from './state-store';
import { roundRunning } from './round';
import { WATCH_ALARM } from './alarm';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { boardAddress } from '@/utils/watch/boards';
import { withBoardPlace, withoutBoard, type BoardPlace } from '@/utils/watch/board-kinds';
import { withoutItem, type InboxItem } from '@/utils/watch/inbox';
import { threadKeyOf } from '@/utils/watch/tracked';
import { queueCapture } from '../capture-queue';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { addFirstPostTopics, loadFirstPostTopics, loadInbox, saveInbox } from './inbox-store';
import { storedMatcher } from './stored-matcher';
import type { SeenPost } from '@/utils/messages';

/** `url` was checked to be on the sender's site. */
export async function setBoardWatched(url: string, watch: boolean): Promise<{ watched: boolean }> {
  const settings = await loadSettings();
  const board = boardAddress(url);
  const others = withoutBoard(settings.watch, board);
  await saveSettings({ ...settings, watch: watch ? { ...others, boards: [...others.boards, board] } : others });
  return { watched: watch };
}

/** Marks a watched board 本地, 周边 or 同行业; `url` was checked to be on the sender's site. */
export async function setBoardPlace(url: string, place: BoardPlace): Promise<{ place: BoardPlace }> {
  const settings = await loadSettings();
  const board = boardAddress(url);
  if (!settings.watch.boards.includes(board)) throw new Error('本版块未在监测中');
  await saveSettings({ ...settings, watch: withBoardPlace(settings.watch, board, place) });
  return { place };
}

export async function firstPostTopicsOn(site: string, tids: string[]): Promise<Record<string, string[]>> {
  const known = await loadFirstPostTopics();
  return Object.fromEntries(tids.flatMap((tid) => (known[threadKeyOf(site, tid)] ? [[tid, known[threadKeyOf(site, tid)]!]] : [])));
}

/** A thread page seen in a tab: its first post's topics are kept for the board lists' rows. */
export async function rememberFirstPost(site: string, tid: string, posts: SeenPost[]): Promise<void> {
  const first = posts.find((p) => p.floor === 1 && p.text);
  const matcher = first && (await storedMatcher());
  if (!first || !matcher) return;
  const topics = matcher.topicsOf(first.text!);
  const key = threadKeyOf(site, tid);
  const known = (await loadFirstPostTopics())[key];
  if (topics.length && topics.join() !== known?.join()) await addFirstPostTopics([[key, topics]]);
}

/** The watch's state for the dashboard; before its first round, the next one is when its alarm fires. */
export async function watchStatus(): Promise<WatchStatus> {
  const status = watchStatusOf(await loadWatchState(), roundRunning());
  return status.nextRunAt === null ? { ...status, nextRunAt: (await browser.alarms.get(WATCH_ALARM))?.scheduledTime ?? null } : status;
}

export async function inboxItems(): Promise<InboxItem[]> {
  return (await loadInbox()).items;
}

export async function captureInboxItem(key: string): Promise<{ status: Status }> {
  const inbox = await loadInbox();
  const item = inbox.items.find((i) => i.key === key);
  if (!item) throw new Error('待登记中已没有这条');
  const entry = await queueCapture(item.post);
  await saveInbox(withoutItem(await loadInbox(), key));
  await refreshBadge();
  return { status: entry.status };
}

export async function dismissInboxItem(key: string): Promise<{ ok: true }> {
  await saveInbox(withoutItem(await loadInbox(), key));
  return { ok: true };
}
