import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Resource, Source } from '@waypost/client';
import { createHandler, demoSource } from '@waypost/client/server';
import { bundleNpmEntry } from './bundleNpmEntry.js';
import { DIST_DIR, getDistFile } from './getDistFile.js';
import { isStreamRequest } from './isStreamRequest.js';
import { sendWebResponse } from './sendWebResponse.js';
import { toWebRequest } from './toWebRequest.js';
import { WIDGET_VERSION } from './WIDGET_VERSION.js';

/** A test page: its HTML and the response headers the scenario needs (CSP, Trusted Types). */
export interface TestPage {
  html: string;
  headers?: Record<string, string>;
}

/** One request that reached the Waypost handler, for counting what a widget still does after removal. */
export interface ApiRequest {
  method: string;
  path: string;
  /** The `Accept-Language` header the widget sent. */
  language: string | undefined;
  /**
   * Set once the head and the first bytes of the answer have left for the browser. A connection dropped before that
   * is sent again by the browser itself, unseen by the page: only an answered stream can be cut.
   */
  answered: boolean;
  /** Set once the response (or the event stream) has ended. */
  closed: boolean;
  /** For the shared event stream (`POST /stream`), the records it carries (`order/ord_1001`), once its body is read. */
  records?: string[];
  /** When it arrived and when it ended (`performance.now()`), to order round trips. */
  at: number;
  closedAt: number | undefined;
}

/** A localhost storefront: test pages, the built bundle, product images and the Waypost protocol. */
export interface TestServer {
  origin: string;
  /** The real handler over `demoSource()` (W1001–W1008, `shopper@example.com`, `94107`). */
  endpoint: string;
  /** Answers every call with a 500 problem, for the error state. */
  failingEndpoint: string;
  /** The real handler, but no answer until `release()`: the loading state. */
  slowEndpoint: string;
  /** The real handler with 2-second access tokens: streams end and tokens expire while a test watches. */
  briefEndpoint: string;
  /** Serves `page` at `path` and returns its absolute URL. */
  page(path: string, page: TestPage | string): string;
  /** The handler's signing secret, for minting deep-link tokens. */
  secret: string;
  /** Every request to the three endpoints, in arrival order. */
  requests: ApiRequest[];
  /** The path of every other request (pages, bundles, catalogs, images), in arrival order. */
  assets: string[];
  release(): void;
  /** Holds every event stream opened from now on (recorded, not answered) until `release()`. */
  holdStreams(): void;
  /**
   * Cuts every answered, open event stream from the server side (a dropped connection); returns how many it cut.
   * A stream not answered yet is left alone: cut, the browser would send it again unseen by the page.
   */
  dropStreams(): number;
  /** Pushes `resource` as the new state of `kind`/`id` to the event streams of the main endpoint that carry it. */
  emit(kind: string, id: string, resource: unknown): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };
const IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80" viewBox="0 0 80 80"><rect width="80" height="80" fill="#c9d4e3"/></svg>`;
const SCRIPT_FOLDERS = ['/cdn/waypost/', '/copy/', '/'];
/** The files `waypost.js` imports after the first paint, from its own folder. */
const LAZY_FILES = ['result.js', 'actions.js', 'records.js', 'orders.js', 'live.js'];
const SECRET = 'browser-tests-secret-0123456789abcdef';
const PROBLEM = { type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal_error' };

/**
 * Starts the test storefront on `127.0.0.1` and a free port. Demo time is frozen at start so that two page loads
 * (a plain and a hostile page) render exactly the same record.
 *
 * @example const server = await createTestServer(); server.page('/plain', renderPage({ body: '…' }))
 */
export async function createTestServer(): Promise<TestServer> {
  const pages = new Map<string, TestPage>();
  const requests: ApiRequest[] = [];
  const assets: string[] = [];
  let held: Array<() => void> = [];
  let holdingStreams = false;
  // The answered, open event streams: the ones `dropStreams` can cut.
  const streams = new Set<ServerResponse>();
  let origin = '';
  const frozen = new Date();
  let handler: ((request: Request) => Promise<Response>) | undefined;
  let briefHandler: ((request: Request) => Promise<Response>) | undefined;
  // The demo's own changes reach a stream, and so do the test's (`emit`).
  const emitted = new Set<{ key: string; listener: (resource: Resource) => void }>();
  const withEmit = (source: Source): Source => ({
    ...source,
    subscribe(kind, id, listener) {
      const entry = { key: `${kind}/${id}`, listener };
      emitted.add(entry);
      const stop = source.subscribe?.(kind, id, listener);
      return () => {
        emitted.delete(entry);
        stop?.();
      };
    },
  });
  const options = (basePath: string) => ({
    source: withEmit(demoSource({ now: () => frozen, storeUrl: origin, seed: 1 })),
    secret: SECRET,
    basePath,
    rateLimit: false as const,
  });
  const api = (path: string) => {
    if (path.startsWith('/api/brief/')) {
      briefHandler ??= createHandler({ ...options('/api/brief'), tokenTtl: 2 });
      return briefHandler;
    }
    handler ??= createHandler(options('/api/waypost'));
    return handler;
  };

  const serveApi = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const language = req.headers['accept-language'];
    const entry: ApiRequest = {
      method: req.method ?? 'GET',
      path,
      language,
      answered: false,
      closed: false,
      at: performance.now(),
      closedAt: undefined,
    };
    requests.push(entry);
    const stream = isStreamRequest(entry);
    res.once('close', () => {
      entry.closed = true;
      entry.closedAt = performance.now();
      streams.delete(res);
    });
    if (path.startsWith('/api/failing/')) {
      res.writeHead(500, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ ...PROBLEM, detail: 'The test server fails on purpose.' }), () => {
        entry.answered = true;
      });
      return;
    }
    if (holdingStreams && stream) await new Promise<void>((resolve) => held.push(resolve));
    if (path.startsWith('/api/slow/')) {
      await new Promise<void>((resolve) => held.push(resolve));
      req.url = req.url?.replace('/api/slow/', '/api/waypost/');
    }
    const request = await toWebRequest(req, origin);
    if (stream && entry.method === 'POST') {
      const body = (await request
        .clone()
        .json()
        .catch(() => ({}))) as { records?: Array<{ kind: string; id: string }> };
      entry.records = body.records?.map(({ kind, id }) => `${kind}/${id}`);
    }
    await sendWebResponse(await api(path)(request), res, () => {
      entry.answered = true;
      if (stream && !entry.closed) streams.add(res);
    });
  };

  const serveFile = async (res: ServerResponse, file: string, type: string) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(await readFile(file));
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = async () => {
      if (path.startsWith('/api/')) return serveApi(req, res, path);
      assets.push(path);
      const page = pages.get(path);
      if (page) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
        return void res.end(page.html);
      }
      // The bundle is served at the root, at `/copy/` (a second copy) and at `/cdn/waypost/`, with its catalogs
      // beside it: only there, so that a catalog resolved against the page's URL instead would fail to load.
      // A copy served alone, as a store that puts the script in its own assets and the rest on `assetsUrl`.
      if (path === '/solo/waypost.js') return serveFile(res, getDistFile('waypost.js'), TYPES['.js']!);
      const folder = SCRIPT_FOLDERS.find((prefix) => path.startsWith(prefix));
      if (folder !== undefined && path === `${folder}waypost.js`) {
        return serveFile(res, getDistFile('waypost.js'), TYPES['.js']!);
      }
      // The files the bundle loads after the first paint, beside it as a host serves them.
      if (folder !== undefined && LAZY_FILES.includes(path.slice(folder.length))) {
        return serveFile(res, getDistFile(path.slice(folder.length)), TYPES['.js']!);
      }
      if (folder !== undefined && path.startsWith(`${folder}locales/`) && extname(path) === '.js') {
        const file = normalize(join(DIST_DIR, path.slice(folder.length)));
        if (file.startsWith(DIST_DIR)) return serveFile(res, file, TYPES['.js']!);
      }
      if (path === '/v2/waypost.js') {
        // The same bundle stamped as a newer release: two versions of the widget on one page.
        const code = (await readFile(getDistFile('waypost.js'), 'utf8')).replace(`"${WIDGET_VERSION}"`, '"99.0.0"');
        res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' });
        return void res.end(code);
      }
      if (path === '/npm/index.js') {
        res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' });
        return void res.end(await bundleNpmEntry());
      }
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      if (path.startsWith('/images/') && extname(path) === '.svg') {
        res.writeHead(200, { 'content-type': TYPES['.svg']! });
        return void res.end(IMAGE);
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    };
    route().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    endpoint: `${origin}/api/waypost`,
    failingEndpoint: `${origin}/api/failing`,
    slowEndpoint: `${origin}/api/slow`,
    briefEndpoint: `${origin}/api/brief`,
    page(path, page) {
      pages.set(path, typeof page === 'string' ? { html: page } : page);
      return `${origin}${path}`;
    },
    secret: SECRET,
    requests,
    assets,
    release() {
      holdingStreams = false;
      for (const resolve of held) resolve();
      held = [];
    },
    holdStreams() {
      holdingStreams = true;
    },
    emit(kind, id, resource) {
      for (const { key, listener } of [...emitted]) if (key === `${kind}/${id}`) listener(resource as Resource);
    },
    dropStreams() {
      const open = [...streams];
      for (const res of open) res.destroy();
      return open.length;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
