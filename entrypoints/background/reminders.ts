import { browser } from 'wxt/browser';
import { ledgerDb } from '@/utils/ledger/db';
import { awaitingDueBetween } from '@/utils/ledger/queries';
import type { LedgerEntry } from '@/utils/ledger/types';
import { loadSettings } from '@/utils/settings/store';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { dueNotices, noticeId, recordNotices } from '@/utils/reminders/due-notifications';
import { t } from '@/utils/i18n';
import { nextPatrolTime, patrolPeriods, unvisitedSites } from '@/utils/reminders/patrol-schedule';
import { patternHost } from '@/utils/sites/origin-pattern';
import { toShanghaiISO, formatShanghai } from '@/utils/time/shanghai';
import { noticeLogItem } from '@/utils/storage/items';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { visitedToday } from './site-visits';
import { reportError } from './report-error';

const TICK = 'fw-tick';
const PATROL = 'fw-patrol';
const DUE_PREFIX = 'fw-due|';
const PUSHBACK_PREFIX = 'fw-pushback|';

/** Entries overdue for longer than this were notified when they became overdue; they only stay red on the badge. */
const NOTICE_LOOKBACK_MS = 24 * 3600_000;

/** Keeps the badge current and shows lead-time and overdue notifications. */
export async function tick(now = new Date()): Promise<void> {
  await refreshBadge(now);
  const settings = await loadSettings();
  const from = toShanghaiISO(now.getTime() - NOTICE_LOOKBACK_MS);
  const horizon = toShanghaiISO(now.getTime() + settings.reminders.leadMinutes * 60_000);
  const window = await awaitingDueBetween(ledgerDb(), from, horizon, 500);
  const log = await noticeLogItem.getValue();
  const notices = dueNotices(window, now, settings.reminders.leadMinutes, log);
  for (const n of notices) {
    await browser.notifications.create(DUE_PREFIX + noticeId(n.entry), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(n.kind === 'overdue' ? 'noticeOverdueTitle' : 'noticeLeadTitle'),
      message: t('noticeMessage', n.entry.title, formatShanghai(n.entry.dueAt!)),
      priority: n.kind === 'overdue' ? 2 : 1,
    });
  }
  // Only the deadlines still in the window are worth remembering.
  const current = new Set(window.map(noticeId));
  const kept = Object.fromEntries(Object.entries(recordNotices(log, notices)).filter(([id]) => current.has(id)));
  await noticeLogItem.setValue(kept);
}

/** The next patrol reminder, from the current settings (called again whenever they change). */
export async function schedulePatrol(now = new Date()): Promise<void> {
  const settings = await loadSettings();
  const at = nextPatrolTime(now, settings.reminders.patrolTimes, new WorkCalendar(settings.calendar), settings.warning.periods);
  await browser.alarms.clear(PATROL);
  if (at) await browser.alarms.create(PATROL, { when: at.getTime() });
}

/** `scheduledFor`: the patrol time the alarm was set for (it may fire late), which names its sensitive periods. */
async function patrolReminder(scheduledFor: Date): Promise<void> {
  const settings = await loadSettings();
  const enabled = settings.sites.filter((s) => s.enabled).map((s) => ({ name: s.name, host: patternHost(s.match) }));
  const missing = unvisitedSites(enabled, await visitedToday());
  const periods = patrolPeriods(scheduledFor, settings.warning.periods, new WorkCalendar(settings.calendar));
  await browser.notifications.create(PATROL, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: periods.length ? t('patrolPeriodTitle', periods.join('、')) : t('patrolTitle'),
    message: missing.length ? t('patrolMissing', missing.join('、')) : t('patrolAll'),
  });
  await schedulePatrol();
}

async function acknowledge(notificationId: string, open: boolean): Promise<void> {
  if (!notificationId.startsWith(DUE_PREFIX)) return;
  const id = notificationId.slice(DUE_PREFIX.length);
  const key = id.slice(0, id.lastIndexOf('|'));
  const log = await noticeLogItem.getValue();
  await noticeLogItem.setValue({ ...log, [id]: { ...log[id], ack: true } });
  await browser.notifications.clear(notificationId);
  if (open) await openPost(key);
}

export async function openPost(key: string): Promise<void> {
  const entry = await ledgerDb().entries.get(key);
  if (entry) await browser.tabs.create({ url: entry.url });
}

/** A netizen pushed back (追问) after the staff reply; clicking opens the post. */
export async function notifyPushback(entry: LedgerEntry): Promise<void> {
  await browser.notifications.create(PUSHBACK_PREFIX + entry.key, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('receptionPushbackTitle'),
    message: t('receptionPushbackMessage', entry.title),
    priority: 2,
  });
}

async function openPushback(notificationId: string): Promise<void> {
  await browser.notifications.clear(notificationId);
  await openPost(notificationId.slice(PUSHBACK_PREFIX.length));
}

export function setupReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK) tick().catch(reportError);
    if (alarm.name === PATROL) patrolReminder(new Date(alarm.scheduledTime)).catch(reportError);
  });
  browser.notifications.onClicked.addListener((id) => void (id.startsWith(PUSHBACK_PREFIX) ? openPushback(id) : acknowledge(id, true)).catch(reportError));
  browser.notifications.onClosed.addListener((id, byUser) => {
    if (byUser) acknowledge(id, false).catch(reportError);
  });
  browser.alarms
    .get(TICK)
    .then(async (existing) => {
      if (!existing) await browser.alarms.create(TICK, { periodInMinutes: 1 });
    })
    .catch(reportError);
  schedulePatrol().catch(reportError);
}
