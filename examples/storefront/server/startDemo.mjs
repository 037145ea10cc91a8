import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandler, demoSource, toNodeListener } from '@waypost/client/server';
import { renderOrderList } from './renderOrderList.mjs';
import { rewriteStoreUrl } from './rewriteStoreUrl.mjs';
import { resolveStaticPath, serveStatic } from './serveStatic.mjs';

const API = '/api/waypost';
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const widgetDist = join(dirname(createRequire(import.meta.url).resolve('@waypost/widget/package.json')), 'dist');

/** Every file the script tag loads, served from the widget's `dist` as a store would host them. */
const assetFiles = [
  '/waypost.js',
  '/features.js',
  '/result.js',
  '/actions.js',
  '/records.js',
  '/orders.js',
  '/live.js',
  '/sri.json',
];
const assetFolders = ['locales', 'themes'];

/** Browsers on this machine only: a page on any localhost port may call the demo API. */
const isLocalOrigin = (origin) => /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/.test(origin);

/**
 * @typedef {object} StartDemoOptions
 * @property {number} [port] `0` picks a free port. Default: `PORT`, else 4321.
 * @property {string} [host] Interface to listen on. Default: `HOST`, else `127.0.0.1` (this machine only).
 * @property {number} [speed] How much faster than real time the demo clock runs. Default: 1.
 * @property {() => Date} [now] The demo's wall clock, for tests. Default: `() => new Date()`.
 */

/**
 * @typedef {object} RunningDemo
 * @property {string} url Where to open the store (`http://localhost:4321`).
 * @property {number} port
 * @property {boolean} widgetBuilt Whether `waypost.js` exists; without it pages load but show no tracker.
 * @property {() => Promise<void>} close Stops the server and ends open connections, event streams included.
 */

/**
 * Starts the demo: ONE node:http server with the storefront pages, the widget's script-tag bundle and locales,
 * and the Waypost handler over `demoSource()` at `/api/waypost`, signing tokens with a secret made for this run.
 *
 * @param {StartDemoOptions} [options]
 * @returns {Promise<RunningDemo>}
 * @example const demo = await startDemo({ port: 0 }); await fetch(`${demo.url}/track.html`); await demo.close()
 */
export async function startDemo(options = {}) {
  const port = options.port ?? Number(process.env.PORT || 4321);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  const url = `http://localhost:${actualPort}`;
  const secret = randomBytes(32).toString('base64url');
  const source = demoSource({
    storeUrl: url,
    ...(options.speed ? { speed: options.speed } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const api = toNodeListener(
    rewriteStoreUrl(
      createHandler({
        source,
        secret,
        basePath: API,
        cors: { origins: isLocalOrigin },
        // Roomier than production defaults: the account page looks up its eight orders at once.
        rateLimit: { lookup: { limit: 60, windowMs: 60_000 }, perOrder: { limit: 60, windowMs: 900_000 } },
      }),
      url,
    ),
  );
  const renderAccount = async (html) =>
    html.replace('<!-- waypost:orders -->', await renderOrderList({ source, secret }));

  server.on('request', (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === API || pathname.startsWith(`${API}/`)) return api(req, res);
    let task;
    const folder = assetFolders.find((name) => pathname.startsWith(`/${name}/`));
    if (assetFiles.includes(pathname)) task = serveStatic(req, res, join(widgetDist, pathname));
    else if (folder) {
      task = serveStatic(req, res, resolveStaticPath(join(widgetDist, folder), pathname.slice(folder.length + 1)));
    } else {
      const file = resolveStaticPath(publicDir, pathname);
      task = serveStatic(req, res, file, pathname === '/account.html' ? { render: renderAccount } : {});
    }
    task.catch((error) => {
      console.error('[waypost] demo: could not serve', pathname, error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });

  return {
    url,
    port: actualPort,
    widgetBuilt: existsSync(join(widgetDist, 'waypost.js')),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve(undefined)));
        server.closeAllConnections();
      }),
  };
}
