import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, ledgerEntry, type ExtensionBrowser } from './browser';
import { serveFolder, type StaticServer } from './static-server';
import { fixtureKey } from './fixtures';
import { DISCUZ_FIXTURES } from '../support/fixtures';
import { hasFixtures } from '../support/labels';
import { closedShadow } from './closed-shadow';
import { setWorkerClock } from './worker-clock';

const TID24 = 'viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.guest.html';
const LIST = 'forumdisplay-fid2-minsheng-redian-p1.guest.html';
/** Copies of the saved pages where the 五叉路口 road has 塌陷 (caved in) instead of 下沉 (sunk), in the title and the first post. */
const THREAD_COPY = 'viewthread-tid24-cave-in.guest.html';
const LIST_COPY = 'forumdisplay-fid2-cave-in.guest.html';

function caveInCopy(dir: string, from: string, to: string): void {
  const html = readFileSync(join(DISCUZ_FIXTURES, from), 'utf8').replaceAll('五叉路口路面下沉', '五叉路口路面塌陷').replaceAll('路面塌下去一大块', '路面塌陷一大块');
  writeFileSync(join(dir, to), html);
}

describe.skipIf(!hasFixtures)('舆情预警 on forum pages and at capture', () => {
  let forum: StaticServer;
  let copyDir: string;
  let browser: ExtensionBrowser;
  const key = (pid: number) => fixtureKey(forum.site, 24, pid);

  beforeAll(async () => {
    copyDir = mkdtempSync(join(tmpdir(), 'fw-level-'));
    caveInCopy(copyDir, TID24, THREAD_COPY);
    caveInCopy(copyDir, LIST, LIST_COPY);
    forum = await serveFolder(copyDir, DISCUZ_FIXTURES);
    browser = await launchWithExtension(() => [forum.port]);
    await browser.sw.evaluate(async () => {
      while (!(await chrome.storage.local.get('settings')).settings) await new Promise((ok) => setTimeout(ok, 50));
    });
  });
  afterAll(async () => {
    await browser?.close();
    await forum?.close();
    rmSync(copyDir, { recursive: true, force: true });
  });

  it('marks the first post 紧急 with an outline and the tag 紧急 · 塌陷 by its capture control; a reply keeps its own level', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(forum.url + THREAD_COPY);
    const first = page.locator(`[data-fw-post="${key(98)}"]`);
    await expect.poll(() => first.getAttribute('data-fw-level')).toBe('urgent');
    // The reply has the title's topics but no warning word of its own.
    await expect.poll(() => page.locator(`[data-fw-post="${key(99)}"]`).getAttribute('data-fw-level')).toBe('normal');
    expect(await page.locator('#post_98').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await page.locator(`[data-fw-post="${key(99)}"]`).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');

    const info = (pid: number) => closedShadow(page, `[data-fw-post="${key(pid)}"] [data-fw-ui="capture-info"]`);
    const tag = await info(98).locator('.level-urgent').textContent();
    expect(tag).toMatch(/^紧急 · /);
    expect(tag).toContain('塌陷');
    expect(await info(99).locator('.level').count()).toBe(0);
    await page.close();
  });

  it('marks a list row whose title names a topic and 塌陷 紧急, with the tag after the title', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(forum.url + LIST_COPY);
    const row = page.locator(`[data-fw-row="${forum.site}/t24"]`);
    await expect.poll(() => row.getAttribute('data-fw-level')).toBe('urgent');
    expect(await closedShadow(page, `[data-fw-row="${forum.site}/t24"] [data-fw-ui="level-tag"]`).locator('.level-urgent').textContent()).toBe('紧急 · 塌陷');
    await page.close();
  });

  it('a 紧急 capture is due in 2 working hours, the office is notified at once, and the popup’s alert says 【紧急舆情】', async () => {
    // Tuesday 2026-12-01, a working day outside the default sensitive periods.
    await setWorkerClock(browser.sw, '2026-12-01 10:00');
    const page = await browser.ctx.newPage();
    await page.goto(forum.url + THREAD_COPY);
    const first = page.locator(`[data-fw-post="${key(98)}"]`);
    await expect.poll(() => first.getAttribute('data-fw-level')).toBe('urgent');
    await first.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => first.getAttribute('data-fw-state')).toBe('new');

    const entry = (await ledgerEntry(browser.sw, key(98)))!;
    expect(entry.level).toBe('urgent');
    expect(entry.capturedAt.slice(0, 16)).toBe('2026-12-01T10:00');
    // The clock runs on from 10:00: two hours after the capture, well inside the working day.
    expect(Date.parse(entry.dueAt!) - Date.parse(entry.capturedAt)).toBe(2 * 3600_000);
    await expect.poll(() => browser.sw.evaluate(() => chrome.notifications.getAll())).toHaveProperty([`fw-urgent|${key(98)}`]);

    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extId}/popup.html`);
    const item = popup.locator(`[data-fw-ledger-item="${key(98)}"]`);
    await item.locator('[data-fw-action="copy-alert"]').click();
    expect((await item.locator('[data-fw-alert-text]').inputValue()).split('\n')[0]).toMatch(/^【紧急舆情】五叉路口路面塌陷/);
    await popup.close();
    await page.close();
  });

  it('a reload of the extension under the page takes the level’s outline and hook away with the controls', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(forum.url + THREAD_COPY);
    const first = page.locator(`[data-fw-post="${key(98)}"]`);
    await expect.poll(() => first.getAttribute('data-fw-level')).toBe('urgent');
    await browser.sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1_000);
    await first.locator('[data-fw-action="capture"]').click();
    await page.locator('[data-fw-notice="reload"]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-fw-level]').count()).toBe(0);
    expect(await page.locator('#post_98').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    await page.close();
  });
});
