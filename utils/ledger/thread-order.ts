// Which of two posts of one thread came first, from what the site adapter told of them (see `PostInfo.order`).

/** A post as the ledger knows it: `order` is absent where the site gives none, and in entries stored before posts carried one. */
export interface PostPlace {
  pid: string;
  order?: number | null;
  postedAt: string | null;
}

/**
 * Negative when `a` comes before `b`, positive when after, 0 when nothing tells: by the order the
 * site gave both; else by their places on the page (`shown`, its posts in page order) when both are
 * on it; else by their times.
 */
export function compareInThread(a: PostPlace, b: PostPlace, shown: readonly { pid: string }[] = []): number {
  if (a.order != null && b.order != null) return a.order - b.order;
  const i = shown.findIndex((p) => p.pid === a.pid);
  const j = i < 0 ? -1 : shown.findIndex((p) => p.pid === b.pid);
  if (j >= 0) return i - j;
  if (a.postedAt && b.postedAt) return Date.parse(a.postedAt) - Date.parse(b.postedAt);
  return 0;
}
