import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HandlerRequest } from './HandlerRequest.js';
import { handlerEntries } from './handlerEntries.js';
import { NodeRequestView } from './NodeRequestView.js';
import type { PlainResponse } from './PlainResponse.js';
import { rememberClientAddress } from './rememberClientAddress.js';
import { rememberRequestSignal } from './rememberRequestSignal.js';
import { getRememberedResponseBody } from './rememberResponseBody.js';
import { toHeaderPairs } from './toHeaderPairs.js';

/** A Fetch-style handler, as `createHandler` returns. */
export type FetchHandler = (request: Request) => Promise<Response>;

// Built by hand rather than with `Readable.toWeb`, so this file needs no runtime import from Node: a bundle for
// Workers that pulls in `@waypost/client/server` never meets a `node:` module.
function toWebStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(value));
    },
    async cancel() {
      await chunks.return?.();
      req.destroy();
    },
  });
}

const encoder = new TextEncoder();

function getUrl(req: IncomingMessage): string {
  // Express strips its mount path from `url` and keeps the full one in `originalUrl`.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const protocol = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  try {
    return new URL(path, `${protocol}://${req.headers.host ?? 'localhost'}`).href;
  } catch {
    return new URL(path.startsWith('/') ? path : '/', `${protocol}://localhost`).href;
  }
}

function toRequest(req: IncomingMessage, url: string, signal: () => AbortSignal, aware: boolean): Request {
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // Waypost's own handler takes the disconnect signal beside the request: see rememberRequestSignal.
  const request = new Request(url, {
    method,
    headers: toHeaderPairs(req.headers),
    ...(aware ? {} : { signal: signal() }),
    ...(hasBody ? { body: toWebStream(req), duplex: 'half' } : {}),
  } as RequestInit);
  if (aware) rememberRequestSignal(request, signal);
  return request;
}

// A complete answer goes out in one writeHead and one write: the head (given as one flat list, cheaper than a
// setHeader per field) with the body's length, then the body.
function writeWhole(res: ServerResponse, status: number, head: string[], body: Uint8Array): void {
  head.push('content-length', String(body.byteLength));
  res.writeHead(status, head).end(body);
}

// A plain answer goes out as it is.
function writePlain(response: PlainResponse, res: ServerResponse): void {
  const head = Object.entries(response.headers).flat();
  if (response.body === null) return void res.writeHead(response.status, head).end();
  writeWhole(res, response.status, head, encoder.encode(response.body));
}

async function writeResponse(response: Response, res: ServerResponse, signal: () => AbortSignal): Promise<void> {
  // The head as one flat list for one writeHead. Iterating Headers yields each Set-Cookie on its own, so cookies stay
  // apart.
  const head: string[] = [];
  let streaming = false;
  let length: string | undefined;
  response.headers.forEach((value, name) => {
    if (name === 'content-length') length = value;
    else head.push(name, value);
    if (name === 'content-type' && value.startsWith('text/event-stream')) streaming = true;
  });
  if (length !== undefined && (!response.body || streaming)) head.push('content-length', length);
  if (!response.body) return void res.writeHead(response.status, head).end();
  if (!streaming) {
    // A JSON or HTML answer is small and complete: one write with its length, instead of headers and body apart
    // (at a few thousand reads a second that second socket write was a third of the handler's CPU). The text of a
    // JSON answer this package built is written as it is, without reading it back through its stream.
    const text = getRememberedResponseBody(response);
    const body = text === undefined ? new Uint8Array(await response.arrayBuffer()) : encoder.encode(text);
    if (!res.destroyed) writeWhole(res, response.status, head, body);
    return;
  }
  res.writeHead(response.status, head);
  // Event streams must reach the client chunk by chunk, not when the handler finishes.
  res.flushHeaders();
  const reader = response.body.getReader();
  const gone = signal();
  gone.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || gone.aborted) break;
      if (!res.write(value)) await new Promise((resolve) => res.once('drain', resolve));
    }
  } finally {
    res.end();
  }
}

/**
 * Adapts a Fetch-style handler to a node:http listener, for `http.createServer` and Express. It streams request and
 * response bodies, aborts `request.signal` when the client disconnects (which ends event streams), and records the
 * socket's address for the default rate-limit key. The handler `createHandler` returns is called more cheaply: a
 * `GET` reaches it as a light view of Node's request instead of a Fetch `Request`, and other requests carry the
 * signal beside them (its sources see it as `signal` either way, and its hooks still get a `Request`). For node:http
 * servers (Node, Bun, Deno's Node compatibility).
 *
 * @example http.createServer(toNodeListener(createHandler({ source, secret }))).listen(8787)
 * @example app.use('/api/waypost', toNodeListener(createHandler({ source, secret, basePath: '/api/waypost' })))
 */
export function toNodeListener(handler: FetchHandler): (req: IncomingMessage, res: ServerResponse) => void {
  const entry = handlerEntries.get(handler);
  return (req, res) => {
    // The signal is made when something first asks for it (a read the cache answers never does); one made after
    // the client left is aborted at once.
    let controller: AbortController | undefined;
    let left = false;
    const signal = () => {
      if (!controller) {
        controller = new AbortController();
        if (left) controller.abort();
      }
      return controller.signal;
    };
    res.once('close', () => {
      if (res.writableFinished) return;
      left = true;
      controller?.abort();
    });
    void (async () => {
      try {
        const url = getUrl(req);
        // Waypost's own handler reads a GET straight from Node's objects; anything else becomes a Fetch Request.
        const request: HandlerRequest =
          entry && req.method === 'GET'
            ? new NodeRequestView(url, req.headers, signal)
            : toRequest(req, url, signal, entry !== undefined);
        rememberClientAddress(request, req.socket.remoteAddress);
        const response = await (entry ? entry(request) : handler(request as Request));
        if (response instanceof Response) await writeResponse(response, res, signal);
        else writePlain(response, res);
      } catch (error) {
        console.error('[waypost] the node listener failed', error);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader('content-type', 'application/problem+json');
          res.end(
            JSON.stringify({
              type: 'about:blank',
              title: 'Internal Server Error',
              status: 500,
              code: 'internal_error',
            }),
          );
        } else res.destroy();
      }
    })();
  };
}
