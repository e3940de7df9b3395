import { AWAITING_REPLY, type LedgerEntry } from '../ledger/types';
import { compareInThread } from '../ledger/thread-order';

/**
 * The entry a reply in this thread answers: the quoted post's entry when it is
 * in the ledger, otherwise the earliest post still waiting for a reply, otherwise
 * the earliest captured post of the thread.
 */
export function pickThreadEntry(entries: readonly LedgerEntry[], quotedPid: string | null = null): LedgerEntry | null {
  if (quotedPid) {
    const quoted = entries.find((e) => e.pid === quotedPid);
    if (quoted) return quoted;
  }
  // Posts the site gives no order and the page no time are taken in the order they were captured.
  const inThread = [...entries].sort((a, b) => compareInThread(a, b) || Date.parse(a.capturedAt) - Date.parse(b.capturedAt));
  return inThread.find((e) => AWAITING_REPLY.includes(e.status)) ?? inThread[0] ?? null;
}
