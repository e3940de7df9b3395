import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/types';
import type { CapturePayload } from '@/utils/ledger/capture';
import { routeMessage } from '@/entrypoints/background/router';
import { setupUrgentNotices } from '@/entrypoints/background/urgent-notice';
import { pagePost, tabAt } from './page-post';
import type { PageEntry } from '@/utils/messages';
import { formatAlert } from '@/utils/templates/alert';

const KEY = 'bbs.test/t9/p100';
const FORUM_TAB = tabAt('http://bbs.test/forum.php?mod=viewthread&tid=9');

async function captureAt(shanghai: string, over: Partial<CapturePayload> = {}) {
  vi.setSystemTime(new Date(`${shanghai}+08:00`));
  const reply = (await routeMessage({ type: 'capture', post: pagePost('bbs.test', '100', over) }, FORUM_TAB)) as { error?: string };
  expect(reply.error).toBeUndefined();
  return (await ledgerDb().entries.get(KEY))!;
}

let shown: { id: string; title: string; message: string }[] = [];

/** Notifications created since the last look, once the notice sent after the capture's answer is out. */
async function notices(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return shown.splice(0).map((n) => n.id);
}

async function useSettings(change: (s: Settings) => void = () => undefined) {
  const settings = defaultSettings();
  change(settings);
  await saveSettings(settings);
}

describe('a 紧急 capture: 2 working hours and the office notified at once', () => {
  // Once: the worker's settings cache follows changes through a listener a reset would remove.
  beforeAll(() => {
    fakeBrowser.reset();
    setupUrgentNotices();
    const create = async (id: string, { title, message }: { title: string; message: string }) => (shown.push({ id, title, message }), id);
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(create as never);
  });
  beforeEach(async () => {
    shown = [];
    vi.useFakeTimers({ toFake: ['Date'] });
    await ledgerDb().entries.clear();
    await ledgerDb().events.clear();
    await useSettings();
  });
  afterEach(() => vi.useRealTimers());

  // 2026-12-01 is a Tuesday, a working day outside every default sensitive period; working hours 08:30–17:30.
  it('is due 2 working hours after capture, counted on into the next working morning', async () => {
    expect((await captureAt('2026-12-01T10:00:00', { level: 'urgent' })).dueAt).toBe('2026-12-01T12:00:00+08:00');
    await ledgerDb().entries.clear();
    // 20 minutes are left today, 1 h 40 min tomorrow morning.
    expect((await captureAt('2026-12-01T17:10:00', { level: 'urgent' })).dueAt).toBe('2026-12-02T10:10:00+08:00');
    await ledgerDb().entries.clear();
    // At 16:30 the day's end (17:30) comes sooner than 2 working hours (09:30 tomorrow), and the sooner rule wins.
    expect((await captureAt('2026-12-01T16:30:00', { level: 'urgent' })).dueAt).toBe('2026-12-01T17:30:00+08:00');
    await ledgerDb().entries.clear();
    expect((await captureAt('2026-12-01T10:00:00')).dueAt).toBe('2026-12-01T17:30:00+08:00');
  });

  it('notifies the office of a new 紧急 capture with its title and deadline, and a click opens the post', async () => {
    const entry = await captureAt('2026-12-01T10:00:00', { level: 'urgent', title: '五叉路口路面塌陷' });
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]).toEqual({ id: `fw-urgent|${KEY}`, title: '紧急舆情：请立即处置', message: '五叉路口路面塌陷\n时限：2026-12-01 12:00' });
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`fw-urgent|${KEY}`);
    await vi.waitFor(() => expect(opened).toHaveBeenCalledWith({ url: entry.url }));
  });

  it('does not notify for 关注 or 一般, for a recapture already 紧急, or when the office turned it off', async () => {
    await captureAt('2026-12-01T10:00:00', { level: 'watch' });
    expect(await notices()).toEqual([]);
    await captureAt('2026-12-01T10:05:00', { level: 'urgent' });
    expect(await notices()).toEqual([`fw-urgent|${KEY}`]);
    await captureAt('2026-12-01T10:10:00', { level: 'urgent' });
    expect(await notices()).toEqual([]);

    await ledgerDb().entries.clear();
    await useSettings((s) => (s.warning.notifyUrgent = false));
    await captureAt('2026-12-01T10:15:00', { level: 'urgent' });
    expect(await notices()).toEqual([]);
  });

  it('gives the forum page’s reply helper the level, so the alert it copies says 【紧急舆情】', async () => {
    await captureAt('2026-12-01T10:00:00', { level: 'urgent', title: '五叉路口路面塌陷' });
    const { entry } = (await routeMessage({ type: 'threadEntry', tid: '9', quotedPid: null }, FORUM_TAB)) as { entry: PageEntry };
    expect(formatAlert(entry, { topicNames: {} }).split('\n')[0]).toBe('【紧急舆情】五叉路口路面塌陷');
  });

  it('loses the level when the post is captured again at 一般', async () => {
    expect((await captureAt('2026-12-01T10:00:00', { level: 'urgent' })).level).toBe('urgent');
    expect((await captureAt('2026-12-01T11:00:00')).level).toBeUndefined();
  });

  it('takes an active sensitive period’s first response for a capture of any level', async () => {
    // 全国两会 (03-01 to 03-15) asks for a first response within 4 working hours; 2026-03-03 is a Tuesday.
    expect((await captureAt('2026-03-03T10:00:00')).dueAt).toBe('2026-03-03T14:00:00+08:00');
    await ledgerDb().entries.clear();
    expect((await captureAt('2026-03-03T10:00:00', { level: 'urgent' })).dueAt).toBe('2026-03-03T12:00:00+08:00');
  });
});
