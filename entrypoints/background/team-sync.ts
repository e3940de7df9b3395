// The team sync in the worker: nothing runs until a server is connected. Then a sync runs after
// every local change (extension pages and the worker announce them on a BroadcastChannel), once a
// minute on a one-shot alarm, and every few seconds while an extension page holds a `team-live` port.
import { browser } from 'wxt/browser';
import { ledgerDb } from '@/utils/ledger/db';
import { deviceId } from '@/utils/ledger/device-id';
import { LEDGER_CHANGES_CHANNEL } from '@/utils/ledger/outbox';
import type { LedgerEntry } from '@/utils/ledger/types';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { t } from '@/utils/i18n';
import { originPatternOf } from '@/utils/sites/enable-site';
import type { SyncStatus, TeamConnection } from '@/utils/team/sync-status';
import { teamCheckpointItem, teamConnectionItem, teamSyncStatusItem } from '@/utils/storage/items';
import { TeamEngine } from './team/engine';
import { reportError } from './report-error';
import { notifyUrgent } from './urgent-notice';

const ALARM = 'team-sync';
const LIVE_PORT = 'team-live';
const LIVE_INTERVAL_MS = 3000;
const CHANGE_DELAY_MS = 300;
const ASSIGNED_PREFIX = 'team-assigned:';

function notifyAssigned(entries: LedgerEntry[]): void {
  const [first] = entries;
  if (!first) return;
  const message = entries.length === 1 ? first.title : t('teamAssignedMore', first.title, entries.length - 1);
  browser.notifications
    .create(ASSIGNED_PREFIX + first.key, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: t('teamAssignedTitle'), message })
    .catch(reportError);
}

const engine = new TeamEngine({
  db: ledgerDb(),
  store: { connection: teamConnectionItem, status: teamSyncStatusItem, checkpoint: teamCheckpointItem },
  device: deviceId,
  loadSettings,
  saveSettings,
  // Host access is granted per host, every port: Firefox reports a port-specific pattern as not granted.
  canReach: async (origin) => {
    const checked = originPatternOf(origin);
    return checked.ok && (await browser.permissions.contains({ origins: [checked.pattern] }));
  },
  notifyAssigned,
  notifyUrgentCaptured: (entries) => void loadSettings().then((settings) => notifyUrgent(entries, settings)).catch(reportError),
});

let livePorts = 0;
let liveTimer: ReturnType<typeof setTimeout> | null = null;
let changeTimer: ReturnType<typeof setTimeout> | null = null;

async function connected(): Promise<boolean> {
  return (await teamConnectionItem.getValue()) !== null;
}

/** One sync and the next one-shot alarm, set first so that a worker stopped mid-sync still wakes; while a page is open, the next live round. */
async function syncAndReschedule(): Promise<void> {
  if (!(await connected())) return;
  await browser.alarms.create(ALARM, { delayInMinutes: 1 });
  await engine.sync();
  if (livePorts > 0 && liveTimer === null) {
    liveTimer = setTimeout(() => {
      liveTimer = null;
      syncAndReschedule().catch(reportError);
    }, LIVE_INTERVAL_MS);
  }
}

export function setupTeamSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) syncAndReschedule().catch(reportError);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(ASSIGNED_PREFIX)) return;
    browser.notifications.clear(id).catch(reportError);
    browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#ledger') }).catch(reportError);
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVE_PORT) return;
    livePorts++;
    port.onDisconnect.addListener(() => {
      livePorts--;
    });
    syncAndReschedule().catch(reportError);
  });
  new BroadcastChannel(LEDGER_CHANGES_CHANNEL).onmessage = () => {
    if (changeTimer !== null) clearTimeout(changeTimer);
    changeTimer = setTimeout(() => {
      changeTimer = null;
      syncAndReschedule().catch(reportError);
    }, CHANGE_DELAY_MS);
  };
  // Changes made while the worker was stopped, or offline, go out now.
  syncAndReschedule().catch(reportError);
}

export async function teamConnect(connection: TeamConnection): Promise<SyncStatus> {
  const status = await engine.connect(connection);
  if (status.state === 'syncing') syncAndReschedule().catch(reportError);
  return status;
}

export async function teamDisconnect(): Promise<SyncStatus> {
  await browser.alarms.clear(ALARM);
  return engine.disconnect();
}

export async function teamSyncNow(): Promise<SyncStatus> {
  await syncAndReschedule();
  return engine.status();
}

export const teamStatus = (): Promise<SyncStatus> => engine.status();
export const teamPublishSettings = (): Promise<SyncStatus> => engine.publishSettings();
