// The local demo forum: a small Discuz! X3.5 look-alike (岱山论坛) plus a news
// comment column and a bureau message board, all in memory. Node built-ins only.
//
//   node tools/demo-forum/server.mjs [--port 8090] [--host 127.0.0.1]
//
// Routes are listed in tools/demo-forum/README.md.

import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createState } from './store.mjs';
import { handleRequest } from './routes.mjs';

/**
 * Starts the demo forum. `url` is the origin without a trailing slash, e.g.
 * `http://127.0.0.1:8090`; `state` is the live in-memory data.
 */
export async function startDemoForum({ port = 0, host = '127.0.0.1' } = {}) {
  const state = createState(Date.now());
  const server = createServer((req, res) => {
    handleRequest(state, req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    state,
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function parseArgs(argv) {
  const opts = { port: 8090, host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--port') opts.port = Number(value);
    else if (flag === '--host') opts.host = value;
    else throw new Error(`未知参数：${argv[i]}（用法：node tools/demo-forum/server.mjs [--port N] [--host H]）`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('--port 需要 0–65535 的整数');
  return opts;
}

async function main() {
  const forum = await startDemoForum(parseArgs(process.argv.slice(2)));
  console.log(`演示论坛已启动：${forum.url}/forum.php`);
  console.log(`  新闻评论：${forum.url}/news/comments.html?id=1`);
  console.log(`  公众留言：${forum.url}/gov/messages.html`);
  console.log('  默认身份：岱山建设（住建局官方账号，uid 2）；切换身份：/login');
  console.log('按 Ctrl-C 停止。');
  const stop = async () => {
    await forum.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
