// 周边动态: new matching threads on boards marked 周边 or 同行业. They are for warning the
// departments ahead of time, not for replying: never captured from here, no deadline, not in the
// on-time figures. Kept like the 待登记 inbox (same dedupe, dismissal and caps).
import type { BoardKind, WarningLevel } from '../settings/types';
import type { Inbox, InboxItem } from './inbox';

export interface NearbyItem {
  /** `<site>/t<tid>`. */
  key: string;
  kind: BoardKind;
  /** The board and forum as the board list names them (`论坛·版块`). */
  source: string;
  title: string;
  url: string;
  author: string;
  postedAt: string | null;
  topics: string[];
  level: WarningLevel;
  foundAt: number;
}

export type NearbyList = Inbox<NearbyItem>;

/** A board's new matching threads: to the 待登记 inbox for a local board, to 周边动态 for a 周边/同行业 one. */
export function routeBoardFindings(items: InboxItem[], kind: BoardKind | undefined, source: string): { inbox: InboxItem[]; nearby: NearbyItem[] } {
  if (!kind) return { inbox: items, nearby: [] };
  const nearby = items.map(({ key, foundAt, post }): NearbyItem => ({
    key,
    kind,
    source,
    title: post.title,
    url: post.url,
    author: post.author,
    postedAt: post.postedAt,
    topics: post.topics,
    level: post.level ?? 'normal',
    foundAt,
  }));
  return { inbox: [], nearby };
}
