import { browser } from 'wxt/browser';
import { ledgerDb } from '@/utils/ledger/db';
import { badgeLook } from '@/utils/ledger/badge-look';
import { badgeCounts } from '@/utils/ledger/badge-scope';
import { toShanghaiISO } from '@/utils/time/shanghai';
import { repairSettings } from '@/utils/settings/repair';
import { settingsItem, teamSyncStatusItem } from '@/utils/storage/items';
import { readTogether } from '@/utils/storage/read-together';
import { actorName } from '@/utils/settings/identity';
import { myDepartment } from '@/utils/settings/my-department';
import { reportError } from './report-error';

// MV2 Firefox builds have browserAction where MV3 has action.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

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

/** Read fresh each time: a scope just changed on the dashboard must not wait for the settings cache. */
async function viewerScope() {
  const [stored, status] = await readTogether(settingsItem, teamSyncStatusItem);
  const { settings } = repairSettings(stored ?? undefined);
  const roles = status?.server?.roles;
  return { scope: settings.badgeScope, viewer: { actor: actorName(settings.user), department: myDepartment(settings.user, roles) } };
}

async function paintBadge(now = new Date()): Promise<void> {
  const { scope, viewer } = await viewerScope();
  const counts = await badgeCounts(ledgerDb(), scope, viewer, toShanghaiISO(now), toShanghaiISO(now.getTime() + 2 * 3600_000));
  const look = badgeLook(counts.awaiting, counts.overdue, counts.dueSoon);
  await action().setBadgeText({ text: look.text });
  await action().setBadgeBackgroundColor({ color: look.color });
  await action().setTitle({ title: look.title });
}

/** Repaints when the scope or who "mine" and "department" mean changes: the settings, or the session's roles. */
export function followBadgeScope(): void {
  const repaint = () => void refreshBadge().catch(reportError);
  settingsItem.watch(repaint);
  teamSyncStatusItem.watch(repaint);
}
