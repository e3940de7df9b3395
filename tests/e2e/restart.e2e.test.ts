import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { badgeText, launchWithExtension, ledgerCount } from './browser';
import { startDemoForum } from '../../tools/demo-forum/server.mjs';

type DemoForum = Awaited<ReturnType<typeof startDemoForum>>;

describe('after a browser restart', () => {
  let forum: DemoForum;
  let profile: string;

  beforeAll(async () => {
    forum = await startDemoForum();
    profile = mkdtempSync(join(tmpdir(), 'fw-restart-'));
  });
  afterAll(async () => {
    await forum?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('the ledger is still there and the badge shows the open entries again', async () => {
    const port = Number(new URL(forum.url).port);
    const first = await launchWithExtension(() => [port], profile);
    const page = await first.ctx.newPage();
    await page.goto(`${forum.url}/forum.php?mod=viewthread&tid=5`);
    const post = page.locator('[data-fw-post]').first();
    await post.locator('[data-fw-action="capture"]').click();
    await expect.poll(() => post.getAttribute('data-fw-state')).toBe('new');
    await expect.poll(() => badgeText(first.sw)).toBe('1');
    await first.close();

    const second = await launchWithExtension(() => [port], profile);
    expect(await ledgerCount(second.sw)).toBe(1);
    await expect.poll(() => badgeText(second.sw)).toBe('1');
    await second.close();
  });
});
