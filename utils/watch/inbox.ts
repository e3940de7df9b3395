// 待登记: new threads on watched boards that match a topic, waiting for a click to capture them
// or to be dismissed. Kept in storage.local, bounded: a few hundred small items, read by the
// popup at once, with no ledger schema change.
import type { CapturePayload } from '../ledger/capture';

export interface InboxItem {
  /** `<site>/t<tid>`. */
  key: string;
  /** The thread's first post, ready for the capture path. */
  post: CapturePayload;
  foundAt: number;
}

/** Also the shape of 周边动态 (utils/watch/nearby.ts): same dedupe, dismissal and caps. */
export interface Inbox<T extends { key: string } = InboxItem> {
  items: T[];
  /** Keys captured or dismissed: never offered again. */
  done: string[];
}

const ITEMS_CAP = 200;
const DONE_CAP = 2_000;

export const emptyInbox = <T extends { key: string } = InboxItem>(): Inbox<T> => ({ items: [], done: [] });

/** The inbox with the new items first, leaving out any already there, captured or dismissed; and which were added. */
export function withNewItems<T extends { key: string }>(inbox: Inbox<T>, found: T[]): { inbox: Inbox<T>; added: T[] } {
  const known = new Set([...inbox.items.map((i) => i.key), ...inbox.done]);
  const added: T[] = [];
  for (const item of found) {
    if (known.has(item.key)) continue;
    known.add(item.key);
    added.push(item);
  }
  return { inbox: { ...inbox, items: [...added, ...inbox.items].slice(0, ITEMS_CAP) }, added };
}

/** The inbox without `key`, which stays away (captured or dismissed). */
export function withoutItem<T extends { key: string }>(inbox: Inbox<T>, key: string): Inbox<T> {
  return { items: inbox.items.filter((i) => i.key !== key), done: [key, ...inbox.done.filter((k) => k !== key)].slice(0, DONE_CAP) };
}
