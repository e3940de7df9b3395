import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useDemoForum } from './suites';

const PANELS = ['ledger', 'stats', 'templates', 'topics', 'sites', 'watch', 'staff', 'calendar', 'transfer', 'team'];
const WIDTHS = [1280, 1024];
/** Screenshots of every page at both widths, for people to look at (`shots/`, not committed). */
const SHOTS = resolve(process.env.FW_SHOTS_DIR ?? 'shots');

/** Controls and headings whose text does not fit their box, and whether the page itself scrolls sideways. */
async function layoutProblems(page: Page): Promise<{ sideways: boolean; cut: string[] }> {
  return page.evaluate(() => {
    const cut = [...document.querySelectorAll<HTMLElement>('button, label, th, h1, h2, legend, select, [data-fw-group] h2')]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
      .map((el) => `${el.tagName.toLowerCase()}「${(el.textContent ?? '').trim().slice(0, 20)}」`);
    return { sideways: document.documentElement.scrollWidth > window.innerWidth + 1, cut };
  });
}

describe('every extension page at office screen widths', () => {
  const env = useDemoForum();

  it('the dashboard panels, the popup and the memo fit 1280 and 1024 px without cut labels; screenshots are kept', async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Something in the ledger, so tables and the popup show rows.
    const forum = await env.browser.ctx.newPage();
    await forum.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=4`);
    const first = forum.locator('[data-fw-post]').first();
    await first.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => first.getAttribute('data-fw-state')).not.toBeNull();
    const key = (await first.getAttribute('data-fw-post'))!;
    await forum.close();

    const page = await env.browser.ctx.newPage();
    const pages = [...PANELS.map((p) => `dashboard.html#${p}`), 'popup.html', `memo.html?key=${encodeURIComponent(key)}`];
    const problems: Record<string, unknown> = {};
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of pages) {
        await page.goto(`chrome-extension://${env.browser.extId}/${path}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const name = path.replace(/[^a-z]+/gi, '-').replace(/-+$/, '');
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
        const found = await layoutProblems(page);
        if (found.sideways || found.cut.length) problems[`${path} @${width}`] = found;
      }
    }
    expect(problems).toEqual({});
    await page.close();
  }, 120_000);
});
