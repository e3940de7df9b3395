import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, labels } from '../e2e/fixtures';
import { useFixturePagesInFirefox } from './suites';

describe.skipIf(!hasSharedFixtures)('reply helper in Firefox on a saved Discuz! X member page', () => {
  const env = useFixturePagesInFirefox();

  it('quick reply: the helper opens on the insert button, and Enter puts the three-part template into textarea#fastpostmessage', async () => {
    const file = 'viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.member.html';
    const starter = labels().pages.find((p) => p.file === file)!.posts![0]!.author;
    const page = await env.firefox.openPage(env.server.url + file);
    await page.click('#fastpostform [data-fw-action="insert-template"]');
    // The panel's inside is closed to the page; from outside, only where the focus went shows that it opened.
    await page.waitForFunction(
      () => {
        const focused = document.activeElement;
        return !!focused && focused !== document.body && !focused.closest('#fastpostform');
      },
      { polling: 100, timeout: 15_000 },
    );
    await page.keyboard.press('Enter');

    await expect.poll(() => page.$eval('#fastpostmessage', (box) => (box as HTMLTextAreaElement).value)).not.toBe('');
    const parts = (await page.$eval('#fastpostmessage', (box) => (box as HTMLTextAreaElement).value)).split('\n');
    // Thanks, what was done (the subsiding road is a municipal-maintenance matter), whom to contact.
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatch(new RegExp(`^${starter}您好！感谢`));
    expect(parts[1]).toContain('工作人员已经到现场查看');
    expect(parts[2]).toContain('请联系市政所，电话：0580-4475678');
    await page.close();
  });
});
