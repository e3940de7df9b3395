import { browser } from 'wxt/browser';
import { ledgerDb } from '@/utils/ledger/db';
import { awaitingDueBefore, countAwaitingReply } from '@/utils/ledger/queries';
import { badgeLook } from '@/utils/ledger/badge';
import { toShanghaiISO } from '@/utils/time/shanghai';

// MV2 Firefox builds have browserAction where MV3 has action.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

let running: Promise<void> | null = null;
let queued: Promise<void> | null = null;
let queuedNow: Date | undefined;

/**
 * Badge: open entries not yet replied; red when any is overdue, amber when any is due within two hours.
 * Calls made while a refresh runs share one refresh after it, so a burst of captures counts the ledger
 * a few times instead of once per capture; each call still resolves after a refresh that saw its write.
 */
export function refreshBadge(now?: Date): Promise<void> {
  if (!running) {
    running = paintBadge(now).finally(() => (running = null));
    return running;
  }
  queuedNow = now;
  queued ??= running
    .catch(() => undefined)
    .then(() => {
      queued = null;
      return refreshBadge(queuedNow);
    });
  return queued;
}

async function paintBadge(now = new Date()): Promise<void> {
  const db = ledgerDb();
  const count = await countAwaitingReply(db);
  const overdue = count > 0 && (await awaitingDueBefore(db, toShanghaiISO(now), 1)).length > 0;
  const dueSoon = count > 0 && !overdue && (await awaitingDueBefore(db, toShanghaiISO(now.getTime() + 2 * 3600_000), 1)).length > 0;
  const look = badgeLook(count, overdue, dueSoon);
  await action().setBadgeText({ text: look.text });
  await action().setBadgeBackgroundColor({ color: look.color });
  await action().setTitle({ title: look.title });
}
