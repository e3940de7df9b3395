// What pages ask of the watch: the content script marks boards watched and asks for first-post
// topics; the popup captures or dismisses inbox items.
import type { Status } from '@/utils/ledger/types';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { boardAddress } from '@/utils/watch/boards';
import { withoutItem, type InboxItem } from '@/utils/watch/inbox';
import { threadKeyOf } from '@/utils/watch/tracked';
import { queueCapture } from '../capture-queue';
import { refreshBadge } from '../badge';
import { loadFirstPostTopics, loadInbox, saveInbox } from './inbox-store';

/** `url` was checked to be on the sender's site. */
export async function setBoardWatched(url: string, watch: boolean): Promise<{ watched: boolean }> {
  const settings = await loadSettings();
  const board = boardAddress(url);
  const others = settings.watch.boards.filter((b) => b !== board);
  await saveSettings({ ...settings, watch: { ...settings.watch, boards: watch ? [...others, board] : others } });
  return { watched: watch };
}

export async function firstPostTopicsOn(site: string, tids: string[]): Promise<Record<string, string[]>> {
  const known = await loadFirstPostTopics();
  return Object.fromEntries(tids.flatMap((tid) => (known[threadKeyOf(site, tid)] ? [[tid, known[threadKeyOf(site, tid)]!]] : [])));
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
