// Watched board lists: which of their threads are new since the last look.

/** The address a board is watched under: its first page, whatever page or filter the user was on. */
export function boardAddress(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  const fid = url.searchParams.get('fid');
  if (url.searchParams.get('mod') === 'forumdisplay' && fid) return `${url.origin}${url.pathname}?mod=forumdisplay&fid=${fid}`;
  const rewritten = /^\/forum-(\d+)-\d+\.html$/.exec(url.pathname);
  if (rewritten) return `${url.origin}/forum-${rewritten[1]}-1.html`;
  return url.href;
}

export interface BoardWatch {
  /** Thread ids listed at the last look, newest first (a bounded memory). */
  seen: string[];
  checkedAt: number | null;
}

const SEEN_CAP = 500;

/** Threads listed now that were not at the last look; none at the first look (what is there already is not news). */
export function newThreadIds(listed: string[], board: BoardWatch | undefined): string[] {
  if (!board) return [];
  const seen = new Set(board.seen);
  return [...new Set(listed)].filter((tid) => !seen.has(tid));
}

export function afterLook(listed: string[], board: BoardWatch | undefined, now: number): BoardWatch {
  return { seen: [...new Set([...listed, ...(board?.seen ?? [])])].slice(0, SEEN_CAP), checkedAt: now };
}
