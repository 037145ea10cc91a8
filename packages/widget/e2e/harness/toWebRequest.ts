import type { IncomingMessage } from 'node:http';

/**
 * Turns a node:http request into a Fetch `Request` for the Waypost handler, body read in full (the test pages
 * send small JSON bodies only). The request's signal aborts when the browser drops the connection, so event
 * streams end when a widget stops watching.
 *
 * @example const request = await toWebRequest(req, 'http://127.0.0.1:4321')
 */
export async function toWebRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const controller = new AbortController();
  req.socket.once('close', () => controller.abort());
  const method = req.method ?? 'GET';
  let body: ArrayBuffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body, signal: controller.signal });
}
