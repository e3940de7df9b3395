// 初始化服务器（管理员） on a fresh local server: the admin sets it up from the dashboard, then the new
// user connects with the account just created.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalCouch, type LocalCouch } from '../../tools/team/local-server.mjs';
import { CHENGJIAN, connectThroughDashboard, openProfile, syncState, type Profile } from './team-profiles';

let dataDir: string;
let couch: LocalCouch;
let profile: Profile;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fw-team-setup-e2e-'));
  couch = await startLocalCouch({ dataDir });
  profile = await openProfile(() => [Number(new URL(couch.url).port)], { name: '小王', department: '城建科' });
}, 60_000);

afterAll(async () => {
  await profile?.browser.close();
  await couch?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('sets up a fresh server from the dashboard, and the user created there connects', async () => {
  const page = await profile.page('dashboard.html#team');
  const section = page.locator('[data-fw-team-setup]');
  await section.locator('input[name="url"]').fill(couch.url);
  await section.locator('input[name="admin"]').fill(couch.admin.name);
  await section.locator('input[name="adminPassword"]').fill(couch.admin.password);
  await section.locator('[data-fw-action="team-setup-add-user"]').click();
  await section.locator('input[name="userName"]').fill(CHENGJIAN.name);
  await section.locator('input[name="userPassword"]').fill(CHENGJIAN.password);
  await section.locator('select[name="userRole"]').selectOption('department');
  await section.locator('input[name="userDepartment"]').fill('城建科');
  await section.locator('[data-fw-action="team-setup"]').click();
  await expect.poll(() => section.locator('[data-fw-setup-result]').textContent(), { timeout: 20_000 }).toBe('设置完成');
  expect(await section.locator('[data-fw-setup-steps] li').allTextContents()).toEqual([
    '数据库 forumwatch：已创建',
    'forumwatch 的权限（_security）：已更新',
    '写入规则（_design/forumwatch）：已创建',
    '用户 xiaowang（fw-member、fw-dept:城建科）：已创建',
  ]);
  expect(await section.locator('input[name="adminPassword"]').inputValue()).toBe('');
  await page.close();

  const team = await connectThroughDashboard(profile, couch.url, CHENGJIAN);
  await expect.poll(() => syncState(team), { timeout: 30_000 }).toBe('idle');
  expect((await profile.status()).server?.roles).toEqual(['fw-member', 'fw-dept:城建科']);
}, 90_000);
