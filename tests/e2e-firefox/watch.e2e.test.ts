import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchFirefoxWithExtension, type ExtensionFirefox } from './firefox';
import { startDemoForum } from '../../tools/demo-forum/server.mjs';

type DemoForum = Awaited<ReturnType<typeof startDemoForum>>;

// Firefox's build is MV2: its background page reads fetched pages itself (it has a DOM), with no offscreen document.
describe('background watch in Firefox ESR', () => {
  let forum: DemoForum;
  let firefox: ExtensionFirefox;

  beforeAll(async () => {
    forum = await startDemoForum();
    firefox = await launchFirefoxWithExtension(() => [Number(new URL(forum.url).port)]);
  });
  afterAll(async () => {
    await firefox?.close();
    await forum?.close();
  });

  it('a staff reply posted while no tab shows the thread marks its entry 已回复 after 立即检查', { timeout: 90_000 }, async () => {
    const page = await firefox.openPage(`${forum.url}/forum.php?mod=viewthread&tid=3`);
    const first = '[data-fw-post]:first-of-type';
    await page.waitForSelector(`${first} [data-fw-action="capture"]`);
    await page.click(`${first} [data-fw-action="capture"]`);
    await page.waitForSelector(`${first}[data-fw-state="new"]`);
    const key = await page.$eval(first, (el) => el.getAttribute('data-fw-post'));
    await page.close();
    await fetch(`${forum.url}/__post`, { method: 'POST', body: new URLSearchParams({ tid: '3', uid: '4', message: '感谢您的反映！市政所已安排人员检修路灯。' }) });

    const dashboard = await firefox.openExtensionPage('dashboard.html#watch');
    await dashboard.waitForSelector('[data-fw-watch-status][data-fw-watch-last=""]');
    await dashboard.click('[data-fw-action="watch-now"]');
    await dashboard.waitForSelector('[data-fw-watch-status]:not([data-fw-watch-last=""])', { timeout: 60_000 });
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.waitForSelector(`[data-fw-ledger-item="${key}"][data-fw-status="replied"]`);
    await Promise.all([dashboard.close(), popup.close()]);
  });
});
