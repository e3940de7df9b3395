import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type ExtensionFirefox } from './firefox';

describe('dashboard settings import in Firefox', () => {
  let firefox: ExtensionFirefox;
  let dashboard: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-ff-settings-'));
    firefox = await launchFirefoxWithExtension(() => []);
    dashboard = await firefox.openExtensionPage('dashboard.html#transfer');
  });
  afterAll(async () => {
    await firefox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const storedSettings = () => firefox.api.evaluate(async (ext) => (await ext.storage.local.get('settings')).settings);

  /** Picks `content` as a file in the dashboard's settings import and waits for the outcome `accepted`. */
  async function importFile(name: string, content: unknown, accepted: boolean): Promise<void> {
    const path = join(dir, name);
    writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
    const input = await dashboard.waitForSelector('input[type=file][data-fw-import]');
    await input!.uploadFile(path);
    await dashboard.waitForSelector(`[data-fw-result="settings"][data-fw-ok="${accepted}"]`);
  }

  it('imports a settings file picked through input[data-fw-import] and refuses a broken one without changing anything', async () => {
    const settings = { ...((await storedSettings()) as object), user: { name: '城建科小王', department: '城建科' } };
    await importFile('settings.json', { format: 'forumwatch-settings', version: 1, settings }, true);
    await expect.poll(storedSettings).toEqual(settings);

    await importFile('broken.json', { format: 'forumwatch-settings', version: 1, settings: { ...settings, isAdmin: true } }, false);
    expect(await storedSettings()).toEqual(settings);
  });
});
