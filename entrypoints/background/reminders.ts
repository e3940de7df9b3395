import { browser } from 'wxt/browser';
import { ledgerDb } from '@/utils/ledger/db';
import { awaitingDueBefore } from '@/utils/ledger/queries';
import { loadSettings } from '@/utils/settings/store';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { dueNotices, recordNotices, type NoticeLog } from '@/utils/reminders/due-notifications';
import { nextPatrolTime, patternHost, unvisitedSites } from '@/utils/reminders/patrol';
import { toShanghaiISO, formatShanghai } from '@/utils/time/shanghai';
import { refreshBadge } from './badge';
import { visitedToday } from './patrol';

const TICK = 'fw-tick';
const PATROL = 'fw-patrol';
const LOG_KEY = 'noticeLog';
const DUE_PREFIX = 'fw-due|';

async function noticeLog(): Promise<NoticeLog> {
  return ((await browser.storage.local.get(LOG_KEY))[LOG_KEY] as NoticeLog | undefined) ?? {};
}

/** Keeps the badge current and shows lead-time and overdue notifications. */
export async function tick(now = new Date()): Promise<void> {
  await refreshBadge(now);
  const settings = await loadSettings();
  const horizon = toShanghaiISO(now.getTime() + settings.reminders.leadMinutes * 60_000);
  const soon = await awaitingDueBefore(ledgerDb(), horizon, 50);
  const log = await noticeLog();
  const notices = dueNotices(soon, now, settings.reminders.leadMinutes, log);
  for (const n of notices) {
    await browser.notifications.create(DUE_PREFIX + n.key, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: n.kind === 'overdue' ? '舆情回复已逾期' : '舆情回复即将到期',
      message: `${n.entry.title}\n时限：${formatShanghai(n.entry.dueAt!)}`,
      priority: n.kind === 'overdue' ? 2 : 1,
    });
  }
  if (notices.length) await browser.storage.local.set({ [LOG_KEY]: recordNotices(log, notices) });
}

async function schedulePatrol(now = new Date()): Promise<void> {
  const settings = await loadSettings();
  const at = nextPatrolTime(now, settings.reminders.patrolTimes, new WorkCalendar(settings.calendar));
  await browser.alarms.clear(PATROL);
  if (at) await browser.alarms.create(PATROL, { when: at.getTime() });
}

async function patrolReminder(): Promise<void> {
  const settings = await loadSettings();
  const enabled = settings.sites.filter((s) => s.enabled).map((s) => ({ name: s.name, host: patternHost(s.match) }));
  const missing = unvisitedSites(enabled, await visitedToday());
  await browser.notifications.create(PATROL, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: '巡查提醒',
    message: missing.length ? `今天还没有巡查：${missing.join('、')}` : '到巡查时间了：请浏览各论坛和留言板。',
  });
  await schedulePatrol();
}

async function acknowledge(notificationId: string, open: boolean): Promise<void> {
  if (!notificationId.startsWith(DUE_PREFIX)) return;
  const key = notificationId.slice(DUE_PREFIX.length);
  const log = await noticeLog();
  await browser.storage.local.set({ [LOG_KEY]: { ...log, [key]: { ...log[key], ack: true } } });
  await browser.notifications.clear(notificationId);
  if (open) {
    const entry = await ledgerDb().entries.get(key);
    if (entry) await browser.tabs.create({ url: entry.url });
  }
}

export function setupReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK) void tick();
    if (alarm.name === PATROL) void patrolReminder();
  });
  browser.notifications.onClicked.addListener((id) => void acknowledge(id, true));
  browser.notifications.onClosed.addListener((id, byUser) => {
    if (byUser) void acknowledge(id, false);
  });
  void browser.alarms.get(TICK).then(async (existing) => {
    if (!existing) await browser.alarms.create(TICK, { periodInMinutes: 1 });
  });
  void schedulePatrol();
}

export { schedulePatrol };
