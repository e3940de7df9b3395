import { describe, expect, it } from 'vitest';
import { badgeText } from './browser';
import { useDemoForum } from './suites';

describe('built extension on the local demo forum', () => {
  const env = useDemoForum();

  it('capture, see it in the popup and on the badge, then a staff reply through the quick-reply form marks it replied', async () => {
    const page = await env.browser.ctx.newPage();
    await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=3`);
    const first = page.locator('[data-fw-post]').first();
    await first.waitFor();
    const key = (await first.getAttribute('data-fw-post'))!;
    expect(key).toMatch(/\/t3\/p\d+$/);
    // Full-width ＬＥＤ/digits and the street-light words make this a municipal-maintenance post.
    expect(await first.getAttribute('data-fw-topics')).toContain('municipal_maintenance');

    await first.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => first.getAttribute('data-fw-state')).toBe('new');
    await expect.poll(() => badgeText(env.browser.sw)).toBe('1');

    const popup = await env.browser.ctx.newPage();
    await popup.goto(`chrome-extension://${env.browser.extId}/popup.html`);
    await popup.locator(`[data-fw-ledger-item="${key}"][data-fw-status="new"]`).waitFor();

    // The demo's default user is the bureau's official account 岱山建设.
    await page.locator('#fastpostmessage').fill('感谢您的反映！市政所已安排人员今晚检修东河路南段路灯。如有未尽事宜或对上述答复有异议，请联系县市政所，电话：0580-4475678。');
    await page.locator('#fastpostsubmit').click();
    await expect.poll(() => page.locator(`[data-fw-post="${key}"]`).getAttribute('data-fw-state'), { timeout: 15_000 }).toBe('replied');
    await expect.poll(() => badgeText(env.browser.sw)).toBe('');
    await popup.reload();
    await popup.locator(`[data-fw-ledger-item="${key}"][data-fw-status="replied"]`).waitFor();
    await Promise.all([page.close(), popup.close()]);
  });

  it('highlights a keyword split by a tag (违章<b>建筑</b>) and marks list rows by title', async () => {
    const page = await env.browser.ctx.newPage();
    await page.goto(`${env.forum.url}/forum.php?mod=viewthread&tid=5`);
    const first = page.locator('[data-fw-post]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-fw-topics')).toContain('illegal_construction');
    await page.goto(`${env.forum.url}/forum.php?mod=forumdisplay&fid=2`);
    await page.locator('[data-fw-row]').first().waitFor();
    expect(await page.locator('[data-fw-row][data-fw-topics]').count()).toBeGreaterThan(3);
    await page.close();
  });
});
