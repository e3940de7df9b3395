// A CouchDB-compatible server (pouchdb-server) on 127.0.0.1 for tests and the demo, with its own
// data folder and a server admin. It differs from CouchDB 3 in places (docs/team-sync.md): a user
// without the member role gets 401, not 403; databases must be created by the admin; the cookie
// secret changes at each start. As a command, for the demo:
//   node tools/team/local-server.mjs --data DIR [--port 5984] [--admin admin:PASSWORD]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAdmin } from './setup.mjs';

const require = createRequire(import.meta.url);
const SERVER_BIN = require.resolve('pouchdb-server/bin/pouchdb-server');
const START_TIMEOUT_MS = 30_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const basic = ({ name, password }) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Ends the admin party; on a restart over the same data the admin is already there. */
async function setAdmin(url, admin) {
  const path = `${url}/_config/admins/${encodeURIComponent(admin.name)}`;
  const set = await fetch(path, { method: 'PUT', body: JSON.stringify(admin.password) });
  if (set.ok) return;
  const session = await fetch(`${url}/_session`, { headers: { authorization: basic(admin) } });
  const { userCtx } = await session.json();
  if (!userCtx?.roles?.includes('_admin')) throw new Error(`local CouchDB at ${url} has another admin than ${admin.name}`);
}

/**
 * Starts the server and resolves once it answers and has its admin.
 * @param {{ dataDir: string, port?: number, admin?: { name: string, password: string } }} options
 */
export async function startLocalCouch({ dataDir, port, admin = { name: 'admin', password: 'local-admin-password' } }) {
  mkdirSync(dataDir, { recursive: true });
  const listenOn = port ?? (await freePort());
  const url = `http://127.0.0.1:${listenOn}`;
  const child = spawn(
    process.execPath,
    [SERVER_BIN, '-p', String(listenOn), '-o', '127.0.0.1', '-d', dataDir, '-c', join(dataDir, 'config.json'), '-n'],
    { cwd: dataDir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let running = true;
  exited.then(() => (running = false));

  const close = async () => {
    if (running) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers(url))) {
    if (!running || Date.now() > deadline) {
      await close();
      throw new Error(`local CouchDB did not start on ${url}: ${stderr.trim() || 'no answer'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await setAdmin(url, admin);
  return { url, admin, close };
}

async function main(argv) {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, port: { type: 'string' }, admin: { type: 'string' } } });
  if (!values.data) throw new Error('usage: node tools/team/local-server.mjs --data DIR [--port 5984] [--admin admin:PASSWORD]');
  const admin = values.admin ? parseAdmin(values.admin) : undefined;
  const couch = await startLocalCouch({ dataDir: resolve(values.data), port: Number(values.port ?? 5984), admin });
  console.log(`本地 CouchDB 兼容服务器：${couch.url}（管理员 ${couch.admin.name}），Ctrl+C 停止 / Local CouchDB-compatible server: ${couch.url} (admin ${couch.admin.name}); Ctrl+C stops it`);
  process.once('SIGINT', () => couch.close());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
