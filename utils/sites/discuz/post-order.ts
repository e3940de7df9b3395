// Discuz! X numbers posts forum-wide as they are made: a later post has a larger id, on every page of a thread.

/** The post's place in its thread, from its id. */
export function postOrder(pid: string): number | null {
  return /^\d+$/.test(pid) ? Number(pid) : null;
}

/** The post a Discuz link names (`#pid123`, `pid=123`, `&ptid=…&pid=123`), with its place in the thread. */
export function linkedPost(url: string): { pid: string; order: number | null } | null {
  const pid = /[#?&]pid=?(\d+)/.exec(url)?.[1];
  return pid ? { pid, order: postOrder(pid) } : null;
}
