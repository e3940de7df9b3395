import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, badgeColor, badgeText, type ExtensionBrowser } from './browser';
import { serveFolder, type StaticServer } from './static-server';
import { fixtureKey } from './fixtures';
import { DISCUZ_FIXTURES } from '../support/fixtures';
import { hasFixtures } from '../support/labels';
import { setWorkerClock } from './worker-clock';

const TID24 = 'viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.guest.html';
/** The same thread page, served beside the original on the same forum address. */
const TID24_NETIZEN = 'viewthread-tid24-netizen-copy.guest.html';
const BLUE = [26, 115, 232, 255];
const AMBER = [242, 153, 0, 255];
const RED = [217, 48, 37, 255];

/** The tid 24 thread with the staff reply (市政所老李, uid 4) written by a netizen called 建设路老王 (uid 13) instead. */
function netizenCopy(dir: string): void {
  const html = readFileSync(join(DISCUZ_FIXTURES, TID24), 'utf8')
    .replaceAll('市政所老李', '建设路老王')
    .replace(/uid=4(?=\D)/g, 'uid=13');
  writeFileSync(join(dir, TID24_NETIZEN), html);
}

describe.skipIf(!hasFixtures)('ledger workflow in the built extension', () => {
  let forum: StaticServer;
  let copyDir: string;
  let browser: ExtensionBrowser;
  const key = (pid: number) => fixtureKey(forum.site, 24, pid);
  let first: string;
  let second: string;

  beforeAll(async () => {
    copyDir = mkdtempSync(join(tmpdir(), 'fw-wf-'));
    netizenCopy(copyDir);
    forum = await serveFolder(copyDir, DISCUZ_FIXTURES);
    [first, second] = [key(98), key(99)];
    browser = await launchWithExtension(() => [forum.port]);
    // The worker writes the default settings (with the demo staff accounts) on first start.
    await browser.sw.evaluate(async () => {
      while (!(await chrome.storage.local.get('settings')).settings) await new Promise((ok) => setTimeout(ok, 50));
      // The usual same-day deadline is under test here: the first post's 紧急 words (连人带车) must not shorten it.
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, sla: { ...settings.sla, perLevel: {} } } });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await forum?.close();
    rmSync(copyDir, { recursive: true, force: true });
  });

  const setClock = (shanghai: string) => setWorkerClock(browser.sw, shanghai);

  async function extensionPage(path: string): Promise<Page> {
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extId}/${path}`);
    return page;
  }

  /** Moves the worker's clock and opens the popup at the same moment on its own clock: opening it repaints the badge. */
  async function popupAt(shanghai: string) {
    await setClock(shanghai);
    const page = await browser.ctx.newPage();
    await page.clock.setFixedTime(new Date(`${shanghai.replace(' ', 'T')}:00+08:00`));
    await page.goto(`chrome-extension://${browser.extId}/popup.html`);
    return page;
  }

  async function capture(page: Page, key: string) {
    const post = page.locator(`[data-fw-post="${key}"]`);
    await post.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => post.getAttribute('data-fw-state')).toBe('new');
  }

  it('a netizen called 建设路老王 replying later does not mark the entry replied', async () => {
    await setClock('2026-11-12 08:00');
    const page = await browser.ctx.newPage();
    await page.goto(forum.url + TID24_NETIZEN);
    await page.locator(`[data-fw-post="${first}"]`).waitFor();
    await capture(page, first);
    await capture(page, second);

    await page.reload();
    const impostor = page.locator(`[data-fw-post="${key(105)}"]`);
    await impostor.waitFor();
    expect(await impostor.textContent()).toContain('建设路老王');
    await expect.poll(() => page.locator(`[data-fw-post="${first}"]`).getAttribute('data-fw-state')).toBe('new');
    expect(await impostor.getAttribute('data-fw-staff')).toBeNull();
    await page.close();
  });

  it('badge: count of entries awaiting a reply, blue → amber within two hours → red when overdue', async () => {
    // Captured at 08:00 on Thursday 2026-11-12, a working day: due at 17:30 the same day.
    const morning = await popupAt('2026-11-12 08:00');
    await expect.poll(() => badgeText(browser.sw)).toBe('2');
    await expect.poll(() => badgeColor(browser.sw)).toEqual(BLUE);
    await morning.close();

    const afternoon = await popupAt('2026-11-12 16:00');
    await expect.poll(() => badgeColor(browser.sw)).toEqual(AMBER);
    await afternoon.close();

    const late = await popupAt('2026-11-12 17:31');
    await expect.poll(() => badgeColor(browser.sw)).toEqual(RED);
    expect(await badgeText(browser.sw)).toBe('2');
    await late.close();

    const popup = await extensionPage('popup.html');
    const item = popup.locator(`[data-fw-group="popupOverdue"] [data-fw-ledger-item="${first}"]`);
    await item.waitFor();
    expect(await item.getAttribute('data-fw-due')).toBe('2026-11-12T17:30:00+08:00');
    await popup.close();
  });

  it('the real thread, where 市政所老李 (a registered staff account) replied later, marks the entry replied by itself', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(forum.url + TID24);
    const staffPost = page.locator(`[data-fw-post="${key(105)}"]`);
    await staffPost.waitFor();
    expect(await staffPost.getAttribute('data-fw-staff')).toBe('市政所');
    await expect.poll(() => page.locator(`[data-fw-post="${first}"]`).getAttribute('data-fw-state')).toBe('replied');
    await expect.poll(() => page.locator(`[data-fw-post="${second}"]`).getAttribute('data-fw-state')).toBe('replied');
    await expect.poll(() => badgeText(browser.sw)).toBe('');

    const reply = await browser.sw.evaluate(
      (key: string) =>
        new Promise<{ author: string; detected: boolean; pid: string }>((ok) => {
          const req = indexedDB.open('forumwatch-ledger');
          req.onsuccess = () => {
            const get = req.result.transaction('entries').objectStore('entries').get(key);
            get.onsuccess = () => ok(get.result.reply);
          };
        }),
      first,
    );
    expect(reply).toMatchObject({ author: '市政所老李', detected: true, pid: '105' });
    await page.close();
  });

  it('escalates from the popup to a printable 网络舆情抄告单 whose 批示 is kept, and prints it to PDF', async () => {
    const copy = await browser.ctx.newPage();
    const third = key(100);
    await copy.goto(forum.url + TID24_NETIZEN);
    await copy.locator(`[data-fw-post="${third}"]`).waitFor();
    await capture(copy, third);

    const popup = await extensionPage('popup.html');
    const item = popup.locator(`[data-fw-ledger-item="${third}"]`);
    await item.locator('[data-fw-action="escalate"]').click();
    await item.locator('select').selectOption('市政所');
    const opened = browser.ctx.waitForEvent('page');
    await item.locator('[data-fw-form="escalate"] button[type="submit"]').click();
    const memo = await opened;
    await memo.waitForLoadState();
    expect(new URL(memo.url()).pathname).toBe('/memo.html');
    await expect.poll(() => item.getAttribute('data-fw-status')).toBe('escalated');

    const memoNo = memo.locator('[data-fw-memo-no]');
    await memoNo.waitFor();
    const number = (await memoNo.textContent())!;
    expect(number).toMatch(/^\d{4}-001$/);
    const body = await memo.locator('.fw-memo-table').textContent();
    expect(body).toContain('五叉路口');
    expect(body).toContain('市政所');

    await memo.locator('[data-fw-instruction]').fill('请市政所今天到现场查看，明天上午答复网民。');
    await expect.poll(() => memo.locator('[data-fw-save-state]').getAttribute('data-fw-save-state')).toBe('saved');
    await memo.reload();
    await expect.poll(() => memo.locator('[data-fw-instruction]').inputValue()).toBe('请市政所今天到现场查看，明天上午答复网民。');

    await memo.emulateMedia({ media: 'print' });
    expect(await memo.locator('.fw-memo-instruction-text').isVisible()).toBe(true);
    expect(await memo.locator('[data-fw-action="print"]').isVisible()).toBe(false);
    const pdf = await memo.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(number).toBe(await memo.locator('[data-fw-memo-no]').textContent());
    await Promise.all([memo.close(), popup.close(), copy.close()]);
  });

  it('日历与时限: adds a day off and a deadline policy, refuses a bad value, and saves', async () => {
    const page = await extensionPage('dashboard.html#calendar');
    const holidays = page.locator('[data-fw-days="extraHolidays"]');
    await holidays.locator('input[type="date"]').fill('2027-01-04');
    await holidays.locator('[data-fw-add-day]').click();
    await holidays.locator('[data-fw-day="2027-01-04"]').waitFor();

    const days = page.locator('input[name="escalationDays"]');
    await days.fill('0');
    await page.locator('[data-fw-problems]').waitFor();
    expect(await page.locator('[data-fw-save]').isDisabled()).toBe(true);
    await days.fill('2');
    await page.locator('input[name="patrolTimes"]').fill('8:30, 14:30');
    await page.locator('[data-fw-save]').click();

    await expect
      .poll(() => browser.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings))
      .toMatchObject({
        calendar: { extraHolidays: ['2027-01-04'] },
        sla: { default: { escalationDays: 2 } },
        reminders: { patrolTimes: ['08:30', '14:30'] },
      });
    await page.close();
  });
});
