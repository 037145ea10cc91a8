import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getNodeBuiltin } from './getNodeBuiltin.js';
import { type FetchHandler, toNodeListener } from './toNodeListener.js';

/** Options of `serveNode`. */
export interface ServeNodeOptions {
  /**
   * The port; `0` picks a free one (read it from `url`).
   * @default 0
   */
  port?: number;
  /**
   * The interface to listen on. The default keeps the server private to this machine; use `'0.0.0.0'` (or `'::'`)
   * to accept connections from elsewhere, usually behind a reverse proxy.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * Milliseconds a client has to send its whole request, headers and body; a slow-drip client is then answered
   * `408` and cut off instead of holding a connection for Node's default 300 s. Responses are not limited by it:
   * event streams stay open.
   * @default 30_000
   * @example serveNode(handler, { requestTimeoutMs: 10_000 })
   */
  requestTimeoutMs?: number;
  /**
   * Milliseconds a client has to send its request headers.
   * @default 10_000
   * @example serveNode(handler, { headersTimeoutMs: 5_000 })
   */
  headersTimeoutMs?: number;
}

/** A running server. */
export interface NodeServer {
  /** Where it listens, e.g. `http://127.0.0.1:8787`. */
  url: string;
  /** Stops listening and ends open connections, event streams included. */
  close(): Promise<void>;
}

// `node:http` is loaded when `serveNode` runs, not imported: `@waypost/client/server` then carries no `node:`
// import at all, and bundles for Workers or edge runtimes never try to resolve one.
async function loadHttp(): Promise<typeof http> {
  const builtin = getNodeBuiltin<typeof http>('node:http');
  if (builtin) return builtin;
  const specifier = ['node', 'http'].join(':');
  return (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as typeof http;
}

/**
 * Serves a Fetch-style handler on node:http (Node ≥ 20, Bun, Deno), loading `node:http` only when called, with
 * request and headers timeouts fit for the open internet.
 *
 * @example
 * const server = await serveNode(createHandler({ source: demoSource(), secret }), { port: 8787 })
 * console.log(`[waypost] listening on ${server.url}`)
 */
export async function serveNode(handler: FetchHandler, options: ServeNodeOptions = {}): Promise<NodeServer> {
  const { createServer } = await loadHttp();
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  const server = createServer(
    {
      requestTimeout,
      headersTimeout,
      // Node checks those timeouts only this often (30 s by default), which would stretch every one of them.
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, headersTimeout / 2)),
    },
    toNodeListener(handler),
  );
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
