import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ledgerCount } from './browser';
import { closedShadow } from './closed-shadow';
import { useDemoForum } from './suites';

const PANEL = '[data-fw-reply-panel]';

describe('the forum page’s own scripts cannot drive or read the extension', () => {
  const env = useDemoForum();

  async function thread(tid: number): Promise<Page> {
    const page = await env.browser.ctx.newPage();
    await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=${tid}`);
    await page.locator('[data-fw-post] [data-fw-action="capture"]').first().waitFor();
    return page;
  }

  it('a script clicking the capture control captures nothing; the user’s click does', async () => {
    const page = await thread(5);
    const before = await ledgerCount(env.browser.sw);
    // In the page's own world, as a forum, ad or analytics script would.
    const reach = await page.evaluate(() => {
      const control = document.querySelector<HTMLElement>('[data-fw-action="capture"]')!;
      control.click();
      control.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      document.elementFromPoint(control.getBoundingClientRect().left + 2, control.getBoundingClientRect().top + 2)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return { shadowRoot: control.shadowRoot, text: control.textContent, buttons: control.querySelectorAll('button').length };
    });
    expect(reach).toEqual({ shadowRoot: null, text: '', buttons: 0 });
    await page.waitForTimeout(500);
    expect(await ledgerCount(env.browser.sw)).toBe(before);

    const first = page.locator('[data-fw-post]').first();
    await first.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => first.getAttribute('data-fw-state')).toBe('new');
    expect(await ledgerCount(env.browser.sw)).toBe(before + 1);
    await page.close();
  });

  it('a script cannot open the template panel, nor read it once the user has', async () => {
    // A manhole cover: the template names 市政所 and its phone number.
    const page = await thread(4);
    // The reply helper adds its control to the reply box after the posts' bars: a script's click needs it there.
    await page.locator('#fastpostform [data-fw-action="insert-template"]').waitFor({ state: 'attached' });
    await page.evaluate(() => document.querySelector<HTMLElement>('#fastpostform [data-fw-action="insert-template"]')!.click());
    await page.waitForTimeout(300);
    expect(await page.locator(PANEL).count()).toBe(0);

    await page.locator('#fastpostform [data-fw-action="insert-template"]').click();
    const panel = closedShadow(page, PANEL);
    await panel.locator('[data-fw-reply-text]').waitFor();
    expect(await panel.locator('[data-fw-reply-text]').inputValue()).toContain('请联系市政所，电话：0580-4475678');
    // What the user types in the panel stays in the panel: the page's listeners hear nothing of it.
    await page.evaluate(() => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      for (const type of ['keydown', 'keyup', 'input', 'beforeinput']) document.addEventListener(type, () => w.heard.push(type));
    });
    const marker = '核实情况：七号井盖已加固';
    await panel.locator('[data-fw-reply-text]').fill(marker);
    expect(await panel.locator('[data-fw-reply-text]').inputValue()).toBe(marker);
    const seen = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-fw-reply-panel]')!;
      const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input')].map((f) => f.value);
      return { shadowRoot: host.shadowRoot, text: document.body.innerText + host.textContent + fields.join('\n'), heard: (window as unknown as { heard: string[] }).heard };
    });
    expect(seen.shadowRoot).toBeNull();
    expect(seen.text).not.toContain(marker);
    expect(seen.heard).toEqual([]);
    // Enter on the focused 插入 button is the user's own action: it inserts.
    await panel.locator('.fw-x').click();
    await page.locator('#fastpostform [data-fw-action="insert-template"]').click();
    await panel.locator('[data-fw-reply-text]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator(PANEL).waitFor({ state: 'detached' });
    expect(await page.locator('#fastpostmessage').inputValue()).toContain('感谢');
    await page.close();
  });

  it('a reload of the extension under an open page takes the page’s controls away and says to reload, without errors', async () => {
    const page = await thread(6);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await env.browser.sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1_000);
    await page.locator('[data-fw-post] [data-fw-action="capture"]').first().click();
    await page.locator('[data-fw-notice="reload"]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-fw-action="capture"]').count()).toBe(0);
    expect(await page.locator('[data-fw-action="insert-template"]').count()).toBe(0);
    expect(await page.locator('[data-fw-post]').count()).toBe(0);
    expect(errors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
    await page.close();
  });
});
