import type { LedgerEntry } from './types';

/** For a new reply to an entry answered before: the first reply's time, which statistics count from. */
export function firstReply(entry: LedgerEntry): { firstAt?: string } {
  return entry.reply ? { firstAt: entry.reply.firstAt ?? entry.reply.at } : {};
}

export const firstReplyAt = (reply: NonNullable<LedgerEntry['reply']>): string => reply.firstAt ?? reply.at;
