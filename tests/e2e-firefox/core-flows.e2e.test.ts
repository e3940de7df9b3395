import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillField, launchFirefoxWithExtension, type ExtensionFirefox } from './firefox';
import { serveFolder, type StaticServer } from '../e2e/static-server';
import { fixtureKey } from '../e2e/fixtures';
import { DISCUZ_FIXTURES } from '../support/fixtures';
import { hasFixtures, readLabels } from '../support/labels';
import { DB, OFFICE, startTeamServer, type TeamServer } from '../e2e/team-profiles';

/** Desktop and touch views, guest and member, a thread's first and second page. */
const THREAD_PAGES = [
  'viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.guest.html',
  'viewthread-tid37-traditional-title-illegal-building.member.html',
  'viewthread-tid14-p2-road-works-yangang-west-road-staff-reply.member.html',
  'mobile-viewthread-tid14-road-works-yangang-west-road-staff-reply.guest.html',
];
/** A thread without a staff reply, so a captured post stays open. */
const OPEN_THREAD = 'viewthread-tid33-demolition-piling-cracks.guest.html';
const MEMBER_THREAD = 'viewthread-tid24-road-subsidence-wucha-junction-image-staff-reply.member.html';

// One Firefox for all the flows (each start costs seconds); the last test restarts it on the same profile.
describe.skipIf(!hasFixtures)('core flows of the built extension in Firefox ESR', () => {
  let server: StaticServer;
  let team: TeamServer;
  let firefox: ExtensionFirefox;
  let profile: string;
  let files: string;
  const launch = () => launchFirefoxWithExtension(() => [server.port], profile);
  const thread = (file: string) => readLabels().pages.find((p) => p.file === file)!;
  const openPost = (index: number) => fixtureKey(server.site, 33, thread(OPEN_THREAD).posts![index]!.pid);
  const captured = () => openPost(0);

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'fw-ff-profile-'));
    files = mkdtempSync(join(tmpdir(), 'fw-ff-files-'));
    server = await serveFolder(DISCUZ_FIXTURES);
    [team, firefox] = await Promise.all([startTeamServer(), launch()]);
  });
  afterAll(async () => {
    await firefox?.close();
    await team?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  });

  it('saved Discuz! X thread pages: every labelled post, and only those, gets data-fw-post; all but the bureau’s own get a capture control', async () => {
    const page = await firefox.openPage('about:blank');
    for (const file of THREAD_PAGES) {
      const label = thread(file);
      await page.goto(server.url + file);
      await page.waitForSelector('html[data-fw-page="active"]');
      const marked = await page.$$eval('[data-fw-post]', (els) => els.map((e) => e.getAttribute('data-fw-post')));
      expect(marked, file).toEqual(label.posts!.map((p) => fixtureKey(server.site, label.tid!, p.pid)));
      expect(await page.$$eval('[data-fw-post] [data-fw-action="capture"]', (els) => els.length), file).toBe(label.posts!.filter((p) => !p.author_is_staff).length);
    }
    await page.close();
  });

  it('capture: the popup lists the post as new and the badge counts it', async () => {
    const post = `[data-fw-post="${captured()}"]`;
    const page = await firefox.openPage(server.url + OPEN_THREAD);
    await page.click(`${post} [data-fw-action="capture"]`);
    await page.waitForSelector(`${post}[data-fw-state="new"]`);

    const popup = await firefox.openExtensionPage('popup.html');
    await popup.waitForSelector(`[data-fw-ledger-item="${captured()}"][data-fw-status="new"]`);
    await expect.poll(() => firefox.badgeText()).toBe('1');
    await Promise.all([page.close(), popup.close()]);
  });

  it('quick reply: the template panel opens on its insert button, and Enter puts the three-part template into textarea#fastpostmessage', async () => {
    const starter = thread(MEMBER_THREAD).posts![0]!.author;
    const page = await firefox.openPage(server.url + MEMBER_THREAD);
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

    const reply = () => page.$eval('#fastpostmessage', (box) => (box as HTMLTextAreaElement).value);
    await expect.poll(reply).not.toBe('');
    const parts = (await reply()).split('\n');
    // Thanks, what was done (the subsiding road is a municipal-maintenance matter), whom to contact.
    expect(parts).toHaveLength(3);
    expect(parts[0]).toContain(`${starter}您好！感谢`);
    expect(parts[1]).toContain('工作人员已经到现场查看');
    expect(parts[2]).toContain('请联系市政所，电话：0580-4475678');
    await page.close();
  });

  it('dashboard: a settings file picked through input[data-fw-import] is imported, a broken one is refused without changing anything', async () => {
    const dashboard = await firefox.openExtensionPage('dashboard.html#transfer');
    const stored = () => firefox.api.evaluate(async (ext) => (await ext.storage.local.get('settings')).settings);
    const pick = async (name: string, settings: object, accepted: boolean) => {
      const path = join(files, name);
      writeFileSync(path, `${JSON.stringify({ format: 'forumwatch-settings', version: 1, settings }, null, 2)}\n`);
      await (await dashboard.waitForSelector('input[type=file][data-fw-import]'))!.uploadFile(path);
      await dashboard.waitForSelector(`[data-fw-result="settings"][data-fw-ok="${accepted}"]`);
    };
    const settings = { ...((await stored()) as object), user: { name: '城建科小王', department: '城建科' } };
    await pick('settings.json', settings, true);
    await expect.poll(stored).toEqual(settings);

    await pick('broken.json', { ...settings, isAdmin: true }, false);
    expect(await stored()).toEqual(settings);
    await dashboard.close();
  });

  it('team sync: connected from the 共享台账 panel, a post captured afterwards reaches the server', async () => {
    const dashboard = await firefox.openExtensionPage('dashboard.html#team');
    const fields = { url: team.couch.url, db: DB, user: OFFICE.name, password: OFFICE.password };
    for (const [name, value] of Object.entries(fields)) await fillField(dashboard, `[data-fw-sync] input[name="${name}"]`, value);
    await dashboard.click('[data-fw-sync] [data-fw-action="sync-connect"]');
    const state = () => dashboard.$eval('[data-fw-sync-status]', (status) => status.getAttribute('data-fw-sync-state'));
    await expect.poll(state, { timeout: 15_000 }).toBe('idle');

    const post = `[data-fw-post="${openPost(1)}"]`;
    const page = await firefox.openPage(server.url + OPEN_THREAD);
    await page.click(`${post} [data-fw-action="capture"]`);
    await page.waitForSelector(`${post}[data-fw-state="new"]`);
    await expect.poll(async () => (await team.doc(`entry:${openPost(1)}`))?.status, { timeout: 15_000 }).toBe('new');
    await Promise.all([page.close(), dashboard.close()]);
  });

  it('after a restart on the same profile the ledger is still there: the popup lists the entry and the badge counts it', async () => {
    await firefox.close();
    firefox = await launch();
    // The post captured here and the one captured for the team sync.
    await expect.poll(() => firefox.badgeText()).toBe('2');
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.waitForSelector(`[data-fw-ledger-item="${captured()}"][data-fw-status="new"]`);
  }, 120_000);
});
