import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';

const DAY_MS = 86_400_000;
/** The Shanghai calendar day `days` after today, YYYY-MM-DD. */
const shanghaiDay = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10);
const PATROL = '23:58';
const at = (day: string) => new Date(`${day}T${PATROL}:00+08:00`).getTime();

describe('舆情预警: a sensitive period set on the dashboard, at work in the popup and the patrol reminders', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(() => []);
    // Without regular patrols the next reminder can only be the period's own.
    await browser.sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, reminders: { ...settings.reminders, patrolTimes: [] } } });
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('adds a period covering today, refusing a bad date in words first', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extId}/dashboard.html#warning`);
    await page.locator('[data-fw-action="warning-add-period"]').click();
    const editor = page.locator('[data-fw-period-editor]').last();
    await editor.locator('input[name="name"]').fill('新楼盘开盘');
    await editor.locator('input[name="from"]').fill('12月1日');
    await editor.locator('input[name="to"]').fill(shanghaiDay(2));
    await expect.poll(() => page.locator('[data-fw-problems]').textContent()).toContain('敏感时期「新楼盘开盘」 · 开始日期：日期应为 MM-DD 或 YYYY-MM-DD');
    expect(await page.locator('[data-fw-save]').isDisabled()).toBe(true);

    await editor.locator('input[name="from"]').fill(shanghaiDay());
    await editor.locator('input[name="patrolTimes"]').fill(PATROL);
    await editor.locator('input[name="watchThreshold"]').fill('1');
    await page.locator('[data-fw-save]').click();
    await expect
      .poll(() => browser.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.warning.periods.at(-1)))
      .toMatchObject({ name: '新楼盘开盘', from: shanghaiDay(), to: shanghaiDay(2), patrolTimes: [PATROL], watchThreshold: 1 });
    await page.close();
  });

  it('says so in the popup', async () => {
    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extId}/popup.html`);
    const notice = popup.locator('[data-fw-period]');
    await expect.poll(() => notice.textContent()).toContain(`新楼盘开盘（${shanghaiDay()} 至 ${shanghaiDay(2)}）`);
    expect(await notice.textContent()).toMatch(/^敏感时期：.*· 关注门槛 1 · 加巡 .*23:58/);
    await popup.close();
  });

  it('schedules the period’s extra patrol reminder', async () => {
    const expected = [at(shanghaiDay()), at(shanghaiDay(1))].find((when) => when > Date.now());
    await expect.poll(() => browser.sw.evaluate(async () => (await chrome.alarms.get('fw-patrol'))?.scheduledTime)).toBe(expected);
  });
});
