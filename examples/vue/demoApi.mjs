// A Vite plugin for `pnpm dev`: the Waypost handler over the demo orders at /api/waypost, on the dev server's own
// origin, so the example runs without a backend. Loaded lazily: configs are also read where no server starts.
import { randomBytes } from 'node:crypto';

/** @returns {import('vite').Plugin} */
export function demoApi() {
  return {
    name: 'waypost-demo-api',
    async configureServer(server) {
      const { createHandler, demoSource, toNodeListener } = await import('@waypost/client/server');
      const secret = randomBytes(32).toString('base64url');
      const api = toNodeListener(createHandler({ source: demoSource(), secret, basePath: '/api/waypost' }));
      server.middlewares.use((request, response, next) =>
        request.url?.startsWith('/api/waypost') ? api(request, response) : next(),
      );
    },
  };
}
