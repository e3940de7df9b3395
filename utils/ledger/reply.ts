import type { LedgerEntry, ReplyInfo } from './types';

/** For a new reply to an entry answered before: the first reply's time, which statistics count from. */
function firstReply(entry: LedgerEntry): { firstAt?: string } {
  return entry.reply ? { firstAt: entry.reply.firstAt ?? entry.reply.at } : {};
}

/** The entry answered by `reply`: 已回复, no follow-up pending, and no pause (the clock has nothing left to count). */
export function repliedEntry(entry: LedgerEntry, reply: Omit<ReplyInfo, 'firstAt'>): LedgerEntry {
  return { ...entry, status: 'replied', newFollowUp: false, pausedAt: null, reply: { ...reply, ...firstReply(entry) } };
}

export const firstReplyAt = (reply: NonNullable<LedgerEntry['reply']>): string => reply.firstAt ?? reply.at;
