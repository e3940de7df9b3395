// The toolbar badge, painted by whichever part of the extension changed the ledger: the worker
// after a capture or an alarm, an extension page (popup, dashboard) after the user's own change,
// without a message to the worker.
import { browser } from 'wxt/browser';
import { ledgerDb } from './db';
import { badgeLook } from './badge-look';
import { badgeCounts } from './badge-scope';
import { toShanghaiISO } from '../time/shanghai';
import { repairedSections } from '../settings/repair';
import { settingsItem, teamSyncStatusItem } from '../storage/items';
import { readTogether } from '../storage/read-together';
import { actorName } from '../settings/identity';
import { myDepartment } from '../settings/my-department';

// MV2 Firefox builds have browserAction where MV3 has action.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** Held while the badge's text, colour and title are set, so a page and the worker never interleave them. */
const PAINT_LOCK = 'forumwatch-badge';

let running: Promise<void> | null = null;
let queued: Promise<void> | null = null;
let queuedNow: Date | undefined;

/**
 * Badge: open entries not yet replied, in the user's badge scope; red when any is overdue, amber when any is due within two hours.
 * Calls made while a refresh runs share one refresh after it, so a burst of captures counts the ledger
 * a few times instead of once per capture; each call still resolves after a refresh that saw its write.
 */
export function refreshBadge(now?: Date): Promise<void> {
  if (!running) {
    running = paintLocked(now).finally(() => (running = null));
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

function paintLocked(now?: Date): Promise<void> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(PAINT_LOCK, () => paintBadge(now)) : paintBadge(now);
}

/** Read fresh each time: a scope just changed on the dashboard must not wait for a settings cache. */
async function viewerScope() {
  const [stored, status] = await readTogether(settingsItem, teamSyncStatusItem);
  // Only the two sections the badge reads are checked: every wake of the worker paints the badge.
  const { badgeScope, user } = repairedSections(stored, ['badgeScope', 'user']);
  const roles = status?.server?.roles;
  return { scope: badgeScope, viewer: { actor: actorName(user), department: myDepartment(user, roles) } };
}

async function paintBadge(now = new Date()): Promise<void> {
  const { scope, viewer } = await viewerScope();
  const counts = await badgeCounts(ledgerDb(), scope, viewer, toShanghaiISO(now), toShanghaiISO(now.getTime() + 2 * 3600_000));
  const look = badgeLook(counts.awaiting, counts.overdue, counts.dueSoon);
  await action().setBadgeText({ text: look.text });
  await action().setBadgeBackgroundColor({ color: look.color });
  await action().setTitle({ title: look.title });
}
