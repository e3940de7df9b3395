import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launchWithExtension, ledgerEntry, type ExtensionBrowser } from './browser';
import { startGbkMirror, type GbkMirror } from './gbk-mirror';
import { closedShadow } from './closed-shadow';
import { watchNow } from './watch-now';
import { startDemoForum } from '../../tools/demo-forum/server.mjs';

type DemoForum = Awaited<ReturnType<typeof startDemoForum>>;

const STAFF_REPLY = '感谢您的反映！已安排人员到现场核实处理。如有未尽事宜，请联系县市政所，电话：0580-4475678。';

/** The background watch: tracked threads read again with no tab open, on the demo forum and on a GBK copy of it. */
describe('background watch', () => {
  let forum: DemoForum;
  let mirror: GbkMirror;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    forum = await startDemoForum();
    mirror = await startGbkMirror(forum.url);
    const port = Number(new URL(forum.url).port);
    browser = await launchWithExtension(() => [port, mirror.port]);
  });
  afterAll(async () => {
    await browser?.close();
    await mirror?.close();
    await forum?.close();
  });

  /** Captures the first post of a thread through its capture button, then closes the tab. */
  async function captureFirstPost(origin: string, tid: number): Promise<string> {
    const page = await browser.ctx.newPage();
    await page.goto(`${origin}/forum.php?mod=viewthread&tid=${tid}`);
    const first = page.locator('[data-fw-post]').first();
    await first.waitFor();
    const key = (await first.getAttribute('data-fw-post'))!;
    await first.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => first.getAttribute('data-fw-state')).toBe('new');
    await page.close();
    return key;
  }

  /** A member replies from "another browser". */
  async function replyAs(uid: number, tid: number): Promise<void> {
    const res = await fetch(`${forum.url}/__post`, { method: 'POST', body: new URLSearchParams({ tid: String(tid), uid: String(uid), message: STAFF_REPLY }) });
    expect(res.status).toBe(200);
  }

  const checkNow = () => watchNow(browser);

  it('a tracked thread that gains a staff reply while no tab is open becomes 已回复 after 立即检查', { timeout: 120_000 }, async () => {
    const key = await captureFirstPost(forum.url, 3);
    expect(await badgeText(browser.sw)).toBe('1');
    await replyAs(4, 3);
    const page = await checkNow();
    const entry = await ledgerEntry(browser.sw, key);
    expect(entry?.status).toBe('replied');
    expect(entry?.reply).toMatchObject({ author: '市政所老李', detected: true });
    expect(await badgeText(browser.sw)).toBe('');
    const site = new URL(forum.url).host;
    await expect.poll(() => page.locator(`[data-fw-watch-site="${site}"]`).getAttribute('data-fw-watch-health')).toBe('ok');
    await page.close();
  });

  it('the watch alarm runs a round by itself: fired early by creating it with a near `when`, then periodic again', { timeout: 120_000 }, async () => {
    const key = await captureFirstPost(forum.url, 5);
    await replyAs(3, 5);
    // Rounds made by the alarm keep to the watch hours; the test may run at any hour.
    await browser.sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, watch: { ...settings.watch, anyTime: true } } });
    });
    await browser.sw.evaluate(() => chrome.alarms.create('fw-watch', { when: Date.now() + 500 }));
    await expect.poll(async () => (await ledgerEntry(browser.sw, key))?.status, { timeout: 80_000, interval: 1000 }).toBe('replied');
    // The round goes on to the other thread tracked there, 10 s later.
    await expect.poll(() => browser.sw.evaluate(async () => (await chrome.alarms.get('fw-watch'))?.periodInMinutes), { timeout: 40_000 }).toBe(30);
  });

  it('a GBK forum (charset only in <meta>) is read, with the browser’s login cookie for it, and its staff reply found', { timeout: 120_000 }, async () => {
    const key = await captureFirstPost(mirror.url, 10);
    expect(key.startsWith(`127.0.0.1:${mirror.port}/t10/`)).toBe(true);
    await replyAs(2, 10);
    // Signed in on that forum in this browser as the netizen 建设路老王 (uid 5).
    await browser.ctx.addCookies([{ name: 'demo_uid', value: '5', url: mirror.url }]);
    const page = await checkNow();
    expect(mirror.lastCookie).toContain('demo_uid=5');
    expect((await ledgerEntry(browser.sw, key))?.reply?.author).toBe('岱山建设');
    await page.close();
  });

  it('a board that needs a login shows 需要登录 for that site after one request, not an error per thread', { timeout: 120_000 }, async () => {
    const key = await captureFirstPost(mirror.url, 8);
    mirror.loginRequired = true;
    const before = mirror.requests;
    const page = await checkNow();
    // Two threads are tracked there (10 and 8): the round stops at the first login page.
    expect(mirror.requests - before).toBe(1);
    const row = page.locator(`[data-fw-watch-site="127.0.0.1:${mirror.port}"]`);
    expect(await row.getAttribute('data-fw-watch-health')).toBe('login');
    expect(await row.textContent()).toContain('需要登录');
    expect((await ledgerEntry(browser.sw, key))?.status).toBe('new');
    await page.close();
  });

  it('a watched board gaining a thread about a topic shows it under 待登记 in the popup; one click captures its first post; its neutral title is then marked in the list', { timeout: 180_000 }, async () => {
    const board = `${forum.url}/forum.php?mod=forumdisplay&fid=4`;
    const list = await browser.ctx.newPage();
    await list.goto(board);
    await closedShadow(list, '[data-fw-board-watch]').locator('[data-fw-action="watch-board"]').click();
    await expect.poll(() => browser.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.watch.boards)).toEqual([board]);
    await list.close();
    // The first look only learns what is listed already.
    (await checkNow()).close();

    const res = await fetch(`${forum.url}/__thread`, {
      method: 'POST',
      body: new URLSearchParams({ fid: '4', uid: '6', subject: '问一下大家', message: '东河路南段的路灯坏了一大半，晚上黑灯瞎火，希望市政部门尽快来修一下。' }),
    });
    const { tid, pid } = (await res.json()) as { tid: number; pid: number };
    (await checkNow()).close();

    const site = new URL(forum.url).host;
    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extId}/popup.html`);
    const item = popup.locator(`[data-fw-inbox-item="${site}/t${tid}"]`);
    await expect.poll(() => item.textContent()).toContain('问一下大家');
    await item.locator('[data-fw-action="inbox-capture"]').click();
    await item.waitFor({ state: 'detached' });
    const entry = await ledgerEntry(browser.sw, `${site}/t${tid}/p${pid}`);
    expect(entry?.status).toBe('new');
    expect(entry?.topics).toContain('municipal_maintenance');
    await popup.reload();
    await popup.locator('[data-fw-ledger-item]').first().waitFor();
    expect(await popup.locator(`[data-fw-inbox-item="${site}/t${tid}"]`).count()).toBe(0);
    await popup.close();

    const again = await browser.ctx.newPage();
    await again.goto(board);
    const row = again.locator(`tbody#normalthread_${tid}`);
    await expect.poll(() => row.getAttribute('data-fw-topics')).toContain('municipal_maintenance');
    await again.close();
  });
});
