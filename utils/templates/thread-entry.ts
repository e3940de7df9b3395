import { AWAITING_REPLY, type LedgerEntry } from '../ledger/types';

const pidOrder = (e: LedgerEntry) => {
  const n = Number(e.pid);
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
};

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
  const byPid = [...entries].sort((a, b) => pidOrder(a) - pidOrder(b));
  return byPid.find((e) => AWAITING_REPLY.includes(e.status)) ?? byPid[0] ?? null;
}
