// A second forum on another port for the background watch's tests: the demo forum's pages
// re-encoded in GBK, as many county forums serve them (the charset only in `<meta>`), or,
// when `loginRequired` is set, Discuz's showmessage page asking for a login.
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeGbk } from '../gbk';

export interface GbkMirror {
  url: string;
  port: number;
  loginRequired: boolean;
  /** Requests served so far. */
  requests: number;
  /** The Cookie header of the latest request. */
  lastCookie: string;
  close(): Promise<void>;
}

function fromForum(forumUrl: string, path: string, host: string, cookie: string): Promise<{ status: number; headers: IncomingMessage['headers']; body: string }> {
  const target = new URL(path, forumUrl);
  return new Promise((ok, fail) => {
    const req = request(target, { headers: { host, cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end();
  });
}

export async function startGbkMirror(forumUrl: string): Promise<GbkMirror> {
  const mirror = { loginRequired: false, requests: 0, lastCookie: '' } as GbkMirror;
  const server = createServer((req, res) => {
    mirror.requests++;
    mirror.lastCookie = req.headers.cookie ?? '';
    const host = req.headers.host ?? '';
    // The demo forum's page for a guest who tries to reply: its showmessage box asks for a login.
    const path = mirror.loginRequired ? `/forum.php?mod=post&action=reply&tid=${new URL(req.url ?? '/', 'http://x').searchParams.get('tid') ?? 1}` : (req.url ?? '/');
    const cookie = mirror.loginRequired ? 'demo_uid=0' : (req.headers.cookie ?? '');
    fromForum(forumUrl, path, host, cookie).then(
      ({ status, headers, body }) => {
        const html = (headers['content-type'] ?? '').startsWith('text/html');
        if (headers.location) return void res.writeHead(status, { location: headers.location }).end();
        res.writeHead(status, { 'content-type': html ? 'text/html' : (headers['content-type'] ?? 'application/octet-stream') });
        res.end(html ? encodeGbk(body.replace(/<meta charset="utf-8"\s*\/?>/i, '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />')) : body);
      },
      () => res.writeHead(502).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  mirror.port = (server.address() as AddressInfo).port;
  mirror.url = `http://127.0.0.1:${mirror.port}`;
  mirror.close = () => new Promise((ok) => {
    server.close(() => ok());
    server.closeAllConnections();
  });
  return mirror;
}
