// `npm start`: builds the extension, starts the local demo forum and opens
// Chromium with the freshly built extension loaded in a throw-away profile.
//
//   npm start                 build, then start
//   npm start -- --no-build   reuse the existing .output/chrome-mv3
//
// Environment: PORT (default 8090; a free port is used when it is taken),
// CHROME_PATH (default /usr/bin/chromium).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoForum } from './demo-forum/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
const DEFAULT_PORT = 8090;
const HOST = '127.0.0.1';

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} 失败（${signal ?? `退出码 ${code}`}）`));
    });
  });
}

async function startForum() {
  const wanted = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) throw new Error(`PORT 无效：${process.env.PORT}`);
  try {
    return await startDemoForum({ port: wanted, host: HOST });
  } catch (err) {
    if (err.code !== 'EADDRINUSE') throw err;
    console.warn(`端口 ${wanted} 已被占用，改用一个空闲端口。`);
    return startDemoForum({ port: 0, host: HOST });
  }
}

function chromiumArgs(profileDir, url) {
  const args = [
    `--user-data-dir=${profileDir}`,
    `--load-extension=${EXTENSION_DIR}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The users' browsers are Chinese: the extension then speaks Chinese and Chromium offers no translation.
    '--lang=zh-CN',
    '--accept-lang=zh-CN,zh',
  ];
  // Chromium refuses to start as root with its sandbox on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  args.push(url);
  return args;
}

function printGuide(forumUrl) {
  console.log(`
论坛舆情助手 · 本地演示
  演示论坛（岱山论坛）：${forumUrl}/forum.php
  新闻评论（民生专栏）：${forumUrl}/news/comments.html?id=1
  住建局公众留言：    ${forumUrl}/gov/messages.html
  扩展目录：          ${EXTENSION_DIR}

怎么用：
  1. 打开“民生热点”版块里的帖子，涉及五大焦点的帖子会被高亮，每个帖子旁有“登记”按钮，可登记到台账。
  2. 默认身份是住建局官方账号“岱山建设”（uid 2），可以直接在帖子下方快速回复，或点“回复”用弹窗/高级模式；
     回复框旁可插入答复模板。右上角“演示身份”可切换成网友或其他工作人员（城建科小王、市政所老李）。
  3. 点工具栏上的扩展图标查看今天的待办和截止时间。
按 Ctrl-C 停止。`);
}

function printNoDisplay(forumUrl) {
  console.log(`
没有检测到图形桌面（DISPLAY 和 WAYLAND_DISPLAY 都未设置），无法打开浏览器窗口。
演示论坛会继续运行：${forumUrl}/forum.php
请在有桌面的环境下运行 npm start；或者在任意 Chromium/Chrome 中手动加载扩展：
  打开 chrome://extensions → 开启“开发者模式” → “加载已解压的扩展程序” → 选择
  ${EXTENSION_DIR}
  然后访问上面的论坛地址（需要能访问这台机器的 ${HOST}）。`);
}

async function main() {
  if (!process.argv.includes('--no-build')) await run('npm', ['run', 'build']);
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`找不到构建好的扩展：${EXTENSION_DIR}（请先运行 npm run build）`);
  }

  const forum = await startForum();
  printGuide(forum.url);

  let browser = null;
  let profileDir = null;
  let stopping = false;

  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    if (browser && browser.exitCode === null && browser.signalCode === null) {
      const exited = new Promise((resolve) => browser.once('exit', resolve));
      browser.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
    await forum.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    console.log('已停止。');
    process.exit(code);
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));

  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    printNoDisplay(forum.url);
    return;
  }
  if (!existsSync(chrome)) {
    console.log(`\n找不到 Chromium：${chrome}。可以用 CHROME_PATH 指定浏览器路径。演示论坛继续运行，可按上面的说明手动加载扩展。`);
    printNoDisplay(forum.url);
    return;
  }
  profileDir = mkdtempSync(path.join(os.tmpdir(), 'forumwatch-demo-'));
  // Chromium on Linux takes its UI language (and so the extension's) from the environment, not only from --lang.
  const env = { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' };
  browser = spawn(chrome, chromiumArgs(profileDir, `${forum.url}/forum.php`), { stdio: 'ignore', env });
  browser.on('error', (err) => {
    console.error(`无法启动 Chromium：${err.message}`);
    stop(1);
  });
  browser.on('exit', () => {
    if (stopping) return;
    console.log('浏览器已关闭，正在停止演示论坛……');
    stop(0);
  });
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
