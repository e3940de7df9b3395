// Serves the benchmark pages on 127.0.0.1 with cross-origin isolation (5 µs timer precision).
import { createServer } from 'node:http';

/**
 * routes: path → () => string (HTML or JS). Resolves with { base, close }. `isolated: false` leaves out the
 * cross-origin isolation headers (for pages that load the extension's own resources, as a forum would).
 */
export function serve(routes, { isolated = true } = {}) {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const body = route();
    const type = req.url.endsWith('.js') ? 'text/javascript' : 'text/html';
    res.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      ...(isolated && {
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-resource-policy': 'same-origin',
      }),
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
