import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { closedShadow } from './closed-shadow';
import { serveFolder, type StaticServer } from './static-server';
import { startDemoForum } from '../../tools/demo-forum/server.mjs';

/** A forum whose template changed: the thread page no longer has the landmarks the adapter knows. */
function restyled(html: string): string {
  return html.replace(/id="postlist"/g, 'id="thread-posts"').replace(/id="post_(\d+)"/g, 'id="entry-$1"').replace(/class="plhin"/g, 'class="entry"');
}

describe('a forum page the adapter does not recognise', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let dir: string;

  beforeAll(async () => {
    const forum = await startDemoForum();
    const html = await (await fetch(`${forum.url}/forum.php?mod=viewthread&tid=3`)).text();
    await forum.close();
    dir = mkdtempSync(join(tmpdir(), 'fw-restyled-'));
    writeFileSync(join(dir, 'thread.html'), restyled(html));
    writeFileSync(join(dir, 'plain.html'), '<!doctype html><title>新闻</title><p>路灯不亮</p>');
    server = await serveFolder(dir);
    browser = await launchWithExtension(() => [server.port]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says so in a small notice instead of silently doing nothing', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`${server.url}thread.html?mod=viewthread&tid=3`);
    await page.locator('[data-fw-notice="not-recognised"]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-fw-post]').count()).toBe(0);
    const notice = closedShadow(page, '[data-fw-notice]');
    expect(await notice.locator('[role=status]').textContent()).toMatch(/未能识别/);
    await notice.locator('button').click();
    expect(await page.locator('[data-fw-notice]').count()).toBe(0);
    await page.close();
  });

  it('stays quiet on pages that are not forum threads at all', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`${server.url}plain.html`);
    await expect.poll(() => page.locator('html').getAttribute('data-fw-page')).toBe('not-a-forum');
    expect(await page.locator('[data-fw-notice]').count()).toBe(0);
    await page.close();
  });
});
