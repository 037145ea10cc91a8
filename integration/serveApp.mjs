import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveFiles } from './serveFiles.mjs';

const API = '/api/waypost';

/** The packed client's handler over the demo orders, as the app's own node_modules has it. */
async function loadServer(installDir) {
  const require = createRequire(join(installDir, 'package.json'));
  return import(pathToFileURL(require.resolve('@waypost/client/server')).href);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url, child, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms`);
}

/**
 * Serves one built app the way its framework runs in production, with the Waypost API beside it, and returns
 * the page to open.
 * - `vite`: `dist/` and the handler on one origin.
 * - `next`: `next start` (the route handler inside the app answers the API).
 * - `script-tag`: the page on one origin, the widget's files on a second (with CORS), the API on a third.
 *
 * @param {{ kind: 'vite' | 'next' | 'script-tag' }} app
 * @param {string} dir the app's folder (its install's node_modules is in the parent folder)
 * @param {{ secret: string, storeUrl: string }} options where the demo orders' product images live
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveApp(app, dir, { secret, storeUrl }) {
  const installDir = join(dir, '..');
  if (app.kind === 'next') {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [join(installDir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: dir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', WAYPOST_SECRET: secret, WAYPOST_STORE_URL: storeUrl },
        stdio: 'ignore',
        detached: true,
      },
    );
    const stop = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {}
    };
    const url = `http://127.0.0.1:${port}/`;
    try {
      await waitFor(url, child);
    } catch (error) {
      stop('SIGKILL');
      throw error;
    }
    return {
      url,
      // `next start` runs its server in a child process: end the whole group, by force if it lingers.
      close: () =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
          const force = setTimeout(() => {
            stop('SIGKILL');
            resolve(undefined);
          }, 5000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve(undefined);
          });
          stop('SIGTERM');
        }),
    };
  }
  const { createHandler, demoSource, toNodeListener } = await loadServer(installDir);
  if (app.kind === 'vite') {
    const api = toNodeListener(createHandler({ source: demoSource({ storeUrl }), secret, basePath: API }));
    return serveFiles({ root: join(dir, 'dist'), api });
  }
  // Script tag: the files to host, copied from the packed widget as a storefront would upload them.
  const require = createRequire(join(installDir, 'package.json'));
  cpSync(join(require.resolve('@waypost/widget/package.json'), '..', 'dist'), join(dir, 'assets', 'waypost'), {
    recursive: true,
  });
  const assets = await serveFiles({ root: join(dir, 'assets'), cors: true });
  const pagePort = await freePort();
  const pageOrigin = `http://127.0.0.1:${pagePort}`;
  const api = await serveFiles({
    root: join(dir, 'empty'),
    api: toNodeListener(
      createHandler({ source: demoSource({ storeUrl }), secret, basePath: API, cors: { origins: [pageOrigin] } }),
    ),
  });
  const page = await serveFiles({
    root: dir,
    port: pagePort,
    renderHtml: (html) => html.replaceAll('%ASSETS%', assets.url).replaceAll('%API%', api.url),
  });
  return {
    url: `${page.url}/index.html`,
    close: async () => {
      await Promise.all([assets.close(), api.close(), page.close()]);
    },
  };
}
