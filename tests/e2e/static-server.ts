import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface StaticServer {
  url: string;
  port: number;
  /** `127.0.0.1:<port>`: the site part of post keys on the served pages. */
  site: string;
  close(): Promise<void>;
}

async function firstFile(paths: string[]): Promise<Buffer | null> {
  for (const path of paths) {
    try {
      return await readFile(path);
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** The address the saved forum pages were captured from (their `<base href>` and absolute links). */
const SAVED_ORIGIN = 'http://127.0.0.1:8080';

/**
 * Serves the files of the given folders (the first that has a file wins) on 127.0.0.1 (a random
 * port), as the forum sent them, except that
 * pages saved from http://127.0.0.1:8080 are served as if the forum lived on this server: their links
 * and `<base href>` point here, so nothing depends on port 8080 being free.
 */
export async function serveFolder(...dirs: string[]): Promise<StaticServer> {
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    if (path.includes('..')) return void res.writeHead(403).end();
    const body = await firstFile(dirs.map((dir) => join(dir, path)));
    if (body) {
      const html = path.endsWith('.html');
      res.writeHead(200, { 'content-type': html ? 'text/html; charset=utf-8' : 'application/octet-stream' });
      res.end(html ? body.toString('utf8').replaceAll(SAVED_ORIGIN, origin) : body);
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    port,
    site: `127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
