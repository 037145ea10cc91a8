// A Vite plugin for the framework examples' `pnpm dev` (examples/react, examples/vue): the Waypost handler over the
// demo orders at /api/waypost, on the dev server's own origin, so an example runs without a backend; the demo
// products' images and return label come from this example's `public/` folder. The handler is loaded lazily:
// configs are also read where no server starts.
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';

const store = new URL('../public/', import.meta.url).pathname;
const types = { '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml', '.webp': 'image/webp' };

/** @returns {import('vite').Plugin} */
export function demoApi() {
  return {
    name: 'waypost-demo-api',
    async configureServer(server) {
      const { createHandler, demoSource, toNodeListener } = await import('@waypost/client/server');
      const secret = randomBytes(32).toString('base64url');
      let api;
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const file = /^\/(images|labels)\/[\w.-]+$/.test(path) ? join(store, path) : '';
        const type = types[file.slice(file.lastIndexOf('.'))];
        if (type && existsSync(file)) {
          response.setHeader('content-type', type);
          createReadStream(file).pipe(response);
          return;
        }
        if (!path.startsWith('/api/waypost')) return next();
        // The demo's image and page links point at this server, whichever port it got.
        api ??= toNodeListener(
          createHandler({
            source: demoSource({ storeUrl: `http://${request.headers.host}` }),
            secret,
            basePath: '/api/waypost',
          }),
        );
        api(request, response);
      });
    },
  };
}
