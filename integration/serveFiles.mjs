import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * @typedef {object} ServeFilesOptions
 * @property {string} root Folder served at `/` (`index.html` for folders).
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} [api]
 *   Answers `/api/…` (the packed client's handler through `toNodeListener`).
 * @property {boolean} [cors] Sends `Access-Control-Allow-Origin: *` with every file (an asset host).
 * @property {string} [host] Default `127.0.0.1`.
 * @property {number} [port] Default: a free port.
 * @property {(html: string) => string} [renderHtml] Rewrites HTML pages before they are sent.
 */

/**
 * A static file server for built apps, on a free port: what a storefront's host would be, and no more.
 *
 * @param {ServeFilesOptions} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 * @example const site = await serveFiles({ root: 'dist', api }); await page.goto(site.url)
 */
export async function serveFiles({ root, api, cors = false, host = '127.0.0.1', port = 0, renderHtml }) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    if (api && pathname.startsWith('/api/')) return api(req, res);
    const headers = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
    // `normalize` of an absolute path never climbs above `/`, so the file stays inside `root`.
    let file = join(root, normalize(decodeURIComponent(pathname)));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      res.writeHead(404, headers).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' });
    if (renderHtml && type.startsWith('text/html')) {
      res.end(renderHtml(await readFile(file, 'utf8')));
    } else createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
