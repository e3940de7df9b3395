// `npm run demo:team`: the shared ledger on one machine. Starts a local CouchDB-compatible server
// with its own (throw-away) data folder, sets up the database with two users, starts the demo forum
// and opens two Chromium windows with their own profiles: 局办公室 and 城建科, each already connected.
//
//   npm run demo:team                 build, then start
//   npm run demo:team -- --no-build   reuse the existing .output/chrome-mv3
//
// Environment: CHROME_PATH (default /usr/bin/chromium).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoForum } from './demo-forum/server.mjs';
import { startLocalCouch } from './team/local-server.mjs';
import { setup } from './team/setup.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
const DB = 'forumwatch';
const ADMIN = { name: 'admin', password: 'demo-admin-2026' };

/** The two people of the demo: who they are in the extension and their account on the server. */
const PEOPLE = [
  { title: '局办公室', identity: { name: '办公室老张', department: '局办公室' }, user: { name: 'bangongshi', password: 'office-demo-2026', roles: ['fw-member', 'fw-office'] } },
  { title: '城建科', identity: { name: '城建科小王', department: '城建科' }, user: { name: 'xiaowang', password: 'chengjian-demo-2026', roles: ['fw-member', 'fw-dept:城建科'] } },
];

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} 失败（${signal ?? `退出码 ${code}`}）`))));
  });
}

/** One headed Chromium on its own profile, with the extension: its identity saved and connected to the server. */
async function openWindow(person, couchUrl, forumUrl, profileDir, side) {
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: false,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-sync',
      '--lang=zh-CN',
      // Side by side: the office on the left, 城建科 on the right.
      `--window-position=${side * 960},0`,
      '--window-size=960,1000',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    locale: 'zh-CN',
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    viewport: null,
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  await sw.evaluate(async () => {
    while (!(await chrome.storage.local.get('settings')).settings) await new Promise((ok) => setTimeout(ok, 50));
  });
  // The development build holds 127.0.0.1, so connecting needs no permission prompt.
  const dashboard = await ctx.newPage();
  await dashboard.goto(`chrome-extension://${extId}/dashboard.html#team`);
  const answer = await dashboard.evaluate(
    async ({ identity, connection }) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, user: identity } });
      return chrome.runtime.sendMessage({ type: 'teamConnect', connection });
    },
    { identity: person.identity, connection: { url: couchUrl, db: DB, user: person.user.name, password: person.user.password } },
  );
  if (answer?.error) throw new Error(`${person.title} 连接失败：${answer.error}`);
  const forum = ctx.pages().find((p) => p !== dashboard) ?? (await ctx.newPage());
  await forum.goto(`${forumUrl}/forum.php`);
  await forum.bringToFront();
  return ctx;
}

function printGuide(couch, forumUrl, withWindows) {
  const accounts = PEOPLE.map((p) => `  ${p.title}：用户名 ${p.user.name}，密码 ${p.user.password}（角色 ${p.user.roles.join('、')}）`).join('\n');
  console.log(`
论坛舆情助手 · 共享台账演示
  服务器（CouchDB 兼容）：${couch.url}，数据库 ${DB}，管理员 ${ADMIN.name} / ${ADMIN.password}
${accounts}
  演示论坛：${forumUrl}/forum.php
${withWindows ? `
两个浏览器窗口各用自己的配置文件，已连接到服务器：左边是局办公室，右边是城建科。试试：
  1. 在局办公室的窗口里打开一个帖子，点「登记到台账」；几秒后城建科窗口的工具栏弹窗里就有这一条。
  2. 局办公室在弹窗里把它分派给城建科：城建科收到通知，弹窗的「分派给我」里列出它。
  3. 在城建科窗口的论坛右上角「演示身份」换成城建科小王，回复这个帖子：两边都显示已回复。
  4. 城建科试着办结这一条：服务器拒绝，控制台「共享台账」页写明原因（只有局办公室可以办结）。
  5. 控制台 → 共享台账：同步状态、上次同步时间、待上传的改动；局办公室可以「发布共享设置」。` : `
没有图形桌面，不能打开浏览器窗口。服务器和演示论坛继续运行：在两个 Chromium 配置文件里加载
  ${EXTENSION_DIR}
打开控制台 → 共享台账，用上面的地址和账号连接。`}
按 Ctrl-C 停止（服务器的数据随之删除）。`);
}

async function main() {
  if (!process.argv.includes('--no-build')) await run('npm', ['run', 'build']);
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`找不到构建好的扩展：${EXTENSION_DIR}（请先运行 npm run build）`);

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'forumwatch-team-'));
  const profiles = PEOPLE.map(() => mkdtempSync(path.join(os.tmpdir(), 'forumwatch-team-profile-')));
  const windows = [];
  let couch = null;
  let forum = null;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled(windows.map((ctx) => ctx.close()));
    await forum?.close();
    await couch?.close();
    for (const dir of [dataDir, ...profiles]) rmSync(dir, { recursive: true, force: true });
    console.log('已停止。');
    process.exit(code);
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));

  try {
    couch = await startLocalCouch({ dataDir, admin: ADMIN });
    await setup({ url: couch.url, db: DB, admin: ADMIN, users: PEOPLE.map((p) => p.user) });
    forum = await startDemoForum({ port: 0, host: '127.0.0.1' });
    const withWindows = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
    if (withWindows) {
      for (const [i, person] of PEOPLE.entries()) {
        const ctx = await openWindow(person, couch.url, forum.url, profiles[i], i);
        windows.push(ctx);
        ctx.on('close', () => void stop(0));
      }
    }
    printGuide(couch, forum.url, withWindows);
  } catch (err) {
    console.error(err.message);
    await stop(1);
  }
}

main();
