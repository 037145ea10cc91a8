import { createServer, type IncomingMessage } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandler } from '../createHandler.js';
import { createJsonResponse } from '../createJsonResponse.js';
import { type NodeServer, serveNode } from '../serveNode.js';
import { toNodeListener } from '../toNodeListener.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { readEvents } from './readEvents.js';
import { readJson } from './requests.js';

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(options: Partial<Parameters<typeof createHandler>[0]> = {}) {
  const source = createTestSource();
  const handler = createHandler({
    source,
    secret: testSecret,
    basePath: '/api/waypost',
    pingIntervalMs: 50,
    ...options,
  });
  const server: NodeServer = await serveNode(handler, { port: 0 });
  servers.push(server);
  const url = (path: string) => `${server.url}/api/waypost${path}`;
  const lookup = async (body: unknown = { orderNumber: 'W1001', email: 'shopper@example.com' }, headers = {}) =>
    fetch(url('/lookup'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return { source, server, url, lookup };
}

async function until(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// A raw connection to `server`, for clients no fetch implementation would be: slow drips and cut-off uploads.
async function openSocket(serverUrl: string): Promise<Socket & { received: () => string; ended: Promise<void> }> {
  const { hostname, port } = new URL(serverUrl);
  const socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  let text = '';
  socket.on('data', (chunk) => {
    text += chunk.toString();
  });
  socket.on('error', () => {});
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return Object.assign(socket, { received: () => text, ended });
}

const uploadHead = (path: string, length: number) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('serveNode', () => {
  it('serves the handler on loopback: lookup, read, 304', async () => {
    const { server, url, lookup } = await serve();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await lookup();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const { token } = (await readJson(response)).access;
    const read = await fetch(url('/orders/ord_1'), { headers: { Authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    // A complete JSON answer goes out in one piece with its length, not chunked.
    const text = await read.clone().text();
    expect(read.headers.get('content-length')).toBe(String(new TextEncoder().encode(text).byteLength));
    expect(read.headers.get('transfer-encoding')).toBeNull();
    const etag = read.headers.get('etag')!;
    const cached = await fetch(url('/orders/ord_1'), {
      headers: { Authorization: `Bearer ${token}`, 'If-None-Match': etag },
    });
    expect(cached.status).toBe(304);
  });

  it('streams events as they happen and releases the subscription when the client goes away', async () => {
    const { url, lookup, source } = await serve();
    const { token } = (await readJson(await lookup())).access;
    const controller = new AbortController();
    const response = await fetch(url('/stream/order/ord_1'), {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const stream = readEvents(response.body!);
    const [initial] = await stream.until(1);
    const order = JSON.parse(initial!.data);
    source.emit('order', 'ord_1', { kind: 'order', order: { ...order.order, number: 'W1001-B' } });
    const [, update] = await stream.until(2);
    expect(JSON.parse(update!.data).order.number).toBe('W1001-B');
    await stream.untilText(': ping');
    expect(source.listenerCount).toBe(1);
    controller.abort();
    await until(() => source.listenerCount === 0);
  });

  it('streams several records over one POST /stream and releases every subscription when the client goes away', async () => {
    const { url, lookup, source } = await serve();
    const tokens = await Promise.all(
      [
        { orderNumber: 'W1001', email: 'shopper@example.com' },
        { orderNumber: 'W1002', email: 'other@example.com' },
      ].map(async (query) => (await readJson(await lookup(query))).access.token as string),
    );
    const controller = new AbortController();
    const response = await fetch(url('/stream'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({
        records: [
          { kind: 'order', id: 'ord_1', token: tokens[0] },
          { kind: 'order', id: 'ord_2', token: tokens[1] },
        ],
      }),
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const stream = readEvents(response.body!);
    const initial = await stream.until(2);
    expect(initial.map((event) => JSON.parse(event.data).order.id).sort()).toEqual(['ord_1', 'ord_2']);
    expect(source.listenerCount).toBe(2);
    controller.abort();
    await until(() => source.listenerCount === 0);
  });

  it('refuses a chunked body past maxBodyBytes with 413', async () => {
    const { url } = await serve({ maxBodyBytes: 1_024 });
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 64) return controller.close();
        controller.enqueue(new TextEncoder().encode(' '.repeat(512)));
      },
    });
    const response = await fetch(url('/lookup'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await readJson(response)).code).toBe('payload_too_large');
  });

  it('rate-limits by the socket address, whatever CF-Connecting-IP the client forges', async () => {
    const { lookup } = await serve({ rateLimit: { lookup: { limit: 2, windowMs: 60_000 } } });
    const wrong = { orderNumber: 'W1001', email: 'guess@example.com' };
    expect((await lookup(wrong, { 'CF-Connecting-IP': '198.51.100.1' })).status).toBe(401);
    expect((await lookup(wrong, { 'CF-Connecting-IP': '198.51.100.2' })).status).toBe(401);
    const refused = await lookup(wrong, { 'CF-Connecting-IP': '198.51.100.3' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('reads only the configured header, and the entry its own proxy appended', async () => {
    const { lookup } = await serve({
      rateLimit: { lookup: { limit: 2, windowMs: 60_000 } },
      clientAddressHeader: 'x-forwarded-for',
    });
    const wrong = { orderNumber: 'W1001', email: 'guess@example.com' };
    const statuses: number[] = [];
    for (let index = 0; index < 6; index += 1) {
      const forged = { 'CF-Connecting-IP': `198.51.100.${index}`, 'X-Forwarded-For': `203.0.113.${index}, 192.0.2.7` };
      statuses.push((await lookup(wrong, forged)).status);
    }
    expect(statuses).toEqual([401, 401, 429, 429, 429, 429]);
    expect((await lookup(wrong, { 'X-Forwarded-For': '192.0.2.8' })).status).toBe(401);
  });

  it("cuts off a client that drips its body, with 408, long before Node's 300 s default", async () => {
    const handler = createHandler({ source: createTestSource(), secret: testSecret, rateLimit: false });
    const server = await serveNode(handler, { requestTimeoutMs: 400, headersTimeoutMs: 200 });
    servers.push(server);
    const socket = await openSocket(server.url);
    socket.write(uploadHead('/lookup', 200));
    const drip = setInterval(() => socket.write(' '), 50);
    const started = Date.now();
    await socket.ended;
    clearInterval(drip);
    expect(socket.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers an upload the client abandons without reporting an unexpected error', async () => {
    const errors: unknown[] = [];
    const statuses: number[] = [];
    const handler = createHandler({
      source: createTestSource(),
      secret: testSecret,
      rateLimit: false,
      onError: (error) => errors.push(error),
    });
    const server = await serveNode(async (request) => {
      const response = await handler(request);
      statuses.push(response.status);
      return response;
    });
    servers.push(server);
    const socket = await openSocket(server.url);
    socket.write(`${uploadHead('/lookup', 1_000)}{"orderNumber":`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await until(() => statuses.length === 1);
    expect(statuses).toEqual([400]);
    expect(errors).toEqual([]);
  });

  it('closes with open event streams', async () => {
    const { url, lookup, server, source } = await serve();
    const { token } = (await readJson(await lookup())).access;
    const response = await fetch(url('/stream/order/ord_1'), { headers: { Authorization: `Bearer ${token}` } });
    const stream = readEvents(response.body!);
    await stream.until(1);
    servers.splice(servers.indexOf(server), 1);
    await server.close();
    await stream.end().catch(() => {});
    await until(() => source.listenerCount === 0);
  });
});

describe('toNodeListener', () => {
  it('routes by the full URL under an Express-style mount that strips the prefix', async () => {
    const listener = toNodeListener(
      createHandler({ source: createTestSource(), secret: testSecret, basePath: '/api/waypost' }),
    );
    const server = createServer((req: IncomingMessage & { originalUrl?: string }, res) => {
      // What Express does for app.use('/api/waypost', …).
      req.originalUrl = req.url;
      req.url = req.url?.replace(/^\/api\/waypost/, '') || '/';
      listener(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push({ close: () => new Promise((resolve) => server.close(() => resolve())) });
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/waypost/capabilities`);
    expect(response.status).toBe(200);
    expect((await readJson(response)).protocol).toBe(1);
  });

  it("aborts a foreign handler's request.signal when the client disconnects", async () => {
    let aborted: (reason: unknown) => void = () => {};
    const abort = new Promise((resolve) => {
      aborted = resolve;
    });
    const { url } = await listen(
      toNodeListener(async (request) => {
        request.signal.addEventListener('abort', () => aborted(request.signal.reason));
        return new Promise<Response>(() => {});
      }),
    );
    const controller = new AbortController();
    const pending = fetch(url('/slow'), { signal: controller.signal }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await pending;
    await expect(abort).resolves.toBeInstanceOf(DOMException);
  });

  it("hands the disconnect to Waypost's handler beside the request: the source sees its lookup abort", async () => {
    const source = createTestSource();
    const signals: AbortSignal[] = [];
    const { url } = await listen(
      toNodeListener(
        createHandler({
          source: {
            ...source,
            findOrder: (_number, context) => {
              signals.push(context.signal!);
              return new Promise(() => {});
            },
          },
          secret: testSecret,
        }),
      ),
    );
    const controller = new AbortController();
    const pending = fetch(url('/lookup'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderNumber: 'W1001', email: 'shopper@example.com' }),
      signal: controller.signal,
    }).catch(() => null);
    await until(() => signals.length === 1);
    expect(signals[0]!.aborted).toBe(false);
    controller.abort();
    await pending;
    await until(() => signals[0]!.aborted);
  });

  it('writes the JSON a handler built from its text, byte for byte, and any other body from its stream', async () => {
    const { url } = await listen(
      toNodeListener(async (request) =>
        request.url.endsWith('/built')
          ? createJsonResponse({ city: 'Zürich', hours: '9–5 ✓' }, 200)
          : new Response(new Blob(['{"city":"Montréal"}']), { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    for (const [path, city] of [
      ['/built', 'Zürich'],
      ['/streamed', 'Montréal'],
    ] as const) {
      const response = await fetch(url(path));
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
      expect(JSON.parse(new TextDecoder().decode(bytes)).city).toBe(city);
    }
  });
});

describe('toNodeListener and the hooks of createHandler', () => {
  it("hands a deployment's getClientAddress and onError a Fetch Request, also for a GET it reads lightly", async () => {
    const source = createTestSource();
    const seen: unknown[] = [];
    const handler = createHandler({
      source: {
        ...source,
        get: async () => {
          throw new Error('the backend is down');
        },
      },
      secret: testSecret,
      getClientAddress: (request) => {
        seen.push(request);
        return request.headers.get('x-client') ?? 'none';
      },
      onError: (_error, request) => seen.push(request),
    });
    const { url } = await listen(toNodeListener(handler));
    const lookup = await fetch(url('/lookup'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Client': 'a' },
      body: JSON.stringify({ orderNumber: 'W1001', email: 'shopper@example.com' }),
    });
    const { token } = (await readJson(lookup)).access;
    const read = await fetch(url('/orders/ord_1'), { headers: { Authorization: `Bearer ${token}`, 'X-Client': 'b' } });
    expect(read.status).toBe(500);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const request of seen) expect(request).toBeInstanceOf(Request);
    expect((seen.at(-1) as Request).url).toMatch(/\/orders\/ord_1$/);
    expect((seen.at(-1) as Request).headers.get('authorization')).toBe(`Bearer ${token}`);
  });
});

describe('toNodeListener and the Fetch handler', () => {
  it('answer a read alike: the same status, head and body, a 304 included, CORS and Vary too', async () => {
    const handler = createHandler({
      source: createTestSource(),
      secret: testSecret,
      cors: { origins: ['https://shop.example'] },
      rateLimit: false,
    });
    const { url } = await listen(toNodeListener(handler));
    const lookup = await handler(
      new Request('http://x/lookup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ orderNumber: 'W1001', email: 'shopper@example.com' }),
      }),
    );
    const { token } = (await readJson(lookup)).access;
    const headers = { Authorization: `Bearer ${token}`, Origin: 'https://shop.example' };
    const transport = new Set(['connection', 'content-length', 'date', 'keep-alive', 'transfer-encoding']);
    const head = (response: Response) => [...response.headers].filter(([name]) => !transport.has(name));
    const direct = await handler(new Request('http://x/orders/ord_1', { headers }));
    const served = await fetch(url('/orders/ord_1'), { headers });
    expect(served.status).toBe(200);
    expect(head(served)).toEqual(head(direct));
    expect(served.headers.get('vary')).toBe('Origin');
    expect(served.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(await served.text()).toBe(await direct.text());
    const etag = served.headers.get('etag')!;
    const unchanged = { ...headers, 'If-None-Match': etag };
    const notModified = await fetch(url('/orders/ord_1'), { headers: unchanged });
    const directNotModified = await handler(new Request('http://x/orders/ord_1', { headers: unchanged }));
    expect(notModified.status).toBe(304);
    expect(head(notModified)).toEqual(head(directNotModified));
  });
});

describe('toNodeListener heads', () => {
  it('keeps each Set-Cookie apart and sends one Content-Length, the length of what it writes', async () => {
    const { url } = await listen(
      toNodeListener(async () => {
        const headers = new Headers({ 'Content-Type': 'text/plain', 'Content-Length': '5' });
        headers.append('Set-Cookie', 'a=1; Path=/');
        headers.append('Set-Cookie', 'b=2; Path=/');
        return new Response('hello', { headers });
      }),
    );
    const { hostname, port } = new URL(url('/'));
    const socket = await openSocket(`http://${hostname}:${port}`);
    socket.write(`GET / HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    await socket.ended;
    const [head, body] = socket.received().split('\r\n\r\n');
    const lines = head!.toLowerCase().split('\r\n');
    expect(lines.filter((line) => line.startsWith('set-cookie:'))).toEqual([
      'set-cookie: a=1; path=/',
      'set-cookie: b=2; path=/',
    ]);
    expect(lines.filter((line) => line.startsWith('content-length:'))).toEqual(['content-length: 5']);
    expect(body).toBe('hello');
  });
});

async function listen(listener: ReturnType<typeof toNodeListener>) {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  const { port } = server.address() as AddressInfo;
  return { url: (path: string) => `http://127.0.0.1:${port}${path}` };
}
