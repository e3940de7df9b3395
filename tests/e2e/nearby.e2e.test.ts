import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, ledgerEntry, type ExtensionBrowser } from './browser';
import { closedShadow } from './closed-shadow';
import { watchNow } from './watch-now';
import { startDemoForum } from '../../tools/demo-forum/server.mjs';

type DemoForum = Awaited<ReturnType<typeof startDemoForum>>;

/** 周边动态: a watched board marked 周边 sends its new matching threads there, not to 待登记. */
describe('周边动态', () => {
  let forum: DemoForum;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    forum = await startDemoForum();
    browser = await launchWithExtension(() => [Number(new URL(forum.url).port)]);
  });
  afterAll(async () => {
    await browser?.close();
    await forum?.close();
  });

  const checkNow = async () => (await watchNow(browser)).close();

  it('a board marked 周边 gaining an urgent thread about a topic lists it under 周边动态 in the popup and on the dashboard with its level, not under 待登记, captures nothing, and 转告科室 copies the warning', { timeout: 180_000 }, async () => {
    const board = `${forum.url}/forum.php?mod=forumdisplay&fid=4`;
    const list = await browser.ctx.newPage();
    await list.goto(board);
    const control = closedShadow(list, '[data-fw-board-watch]');
    await control.locator('[data-fw-action="watch-board"]').click();
    // The places are offered once the board is watched.
    await control.locator('[data-fw-action="watch-board"][aria-pressed="true"]').waitFor();
    await control.locator('[data-fw-action="board-place"][data-fw-place="nearby"]').click();
    await control.locator('[data-fw-place="nearby"][aria-pressed="true"]').waitFor();
    const watch = () => browser.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.watch);
    expect(await watch()).toMatchObject({ boards: [board], boardKinds: { [board]: 'nearby' } });
    await list.close();
    // The first look only learns what is listed already.
    await checkNow();

    const res = await fetch(`${forum.url}/__thread`, {
      method: 'POST',
      body: new URLSearchParams({ fid: '4', uid: '6', subject: '问一下大家', message: '东河路南段的路灯坏了一大半，路面塌陷了一个坑，昨晚有人骑车摔倒，希望市政部门尽快来修一下。' }),
    });
    const { tid, pid } = (await res.json()) as { tid: number; pid: number };
    const site = new URL(forum.url).host;
    const dashboard = await watchNow(browser);
    await dashboard.reload();
    expect(await dashboard.locator(`[data-fw-watched-board="${board}"] select`).inputValue()).toBe('nearby');
    const item = dashboard.locator(`[data-fw-nearby-item="${site}/t${tid}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('问一下大家');
    expect(await item.getAttribute('data-fw-level')).toBe('urgent');
    expect(await item.textContent()).toContain('紧急');
    expect(await item.locator('[data-fw-action="inbox-capture"]').count()).toBe(0);
    const inbox = await browser.sw.evaluate(async () => (await chrome.storage.local.get('watchInbox')).watchInbox);
    expect(inbox?.items ?? []).toEqual([]);
    expect(await ledgerEntry(browser.sw, `${site}/t${tid}/p${pid}`)).toBeUndefined();

    await dashboard.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => void ((window as unknown as { copied: string }).copied = text);
    });
    await item.locator('[data-fw-action="nearby-copy"]').click();
    await item.getByRole('status').waitFor();
    const copied = await dashboard.evaluate(() => (window as unknown as { copied?: string }).copied);
    const link = (await item.locator('a').getAttribute('href'))!;
    expect(link).toContain(`${forum.url}/`);
    expect(copied).toMatch(/^【周边动态·紧急】岱山论坛·灌水闲聊：问一下大家 \S+ 类别：\S*市政维护\S*，请相关科室关注、提前研判$/);
    expect(copied).toContain(` ${link} `);

    await dashboard.close();

    // The popup: its own 周边动态 section, the ledger still empty, nothing under 待登记; 忽略 keeps the item away.
    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extId}/popup.html`);
    const inPopup = popup.locator(`[data-fw-group="nearby"] [data-fw-nearby-item="${site}/t${tid}"][data-fw-level="urgent"]`);
    await inPopup.waitFor();
    expect(await popup.locator('[data-fw-inbox-item]').count()).toBe(0);
    expect(await popup.locator('[data-fw-ledger-item]').count()).toBe(0);
    await inPopup.locator('[data-fw-action="nearby-dismiss"]').click();
    await inPopup.waitFor({ state: 'detached' });
    await popup.reload();
    await popup.locator('.fw-empty').waitFor();
    expect(await popup.locator(`[data-fw-nearby-item="${site}/t${tid}"]`).count()).toBe(0);
    await popup.close();
  });
});
