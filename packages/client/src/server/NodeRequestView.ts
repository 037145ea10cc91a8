import type { IncomingHttpHeaders } from 'node:http';
import type { HandlerRequest } from './HandlerRequest.js';
import { toHeaderPairs } from './toHeaderPairs.js';

/**
 * A node:http request without a body (a `GET`), as the handler reads it: its method, URL, headers and disconnect
 * signal, straight from Node's objects. Building a Fetch `Request` for every read (its headers list, its own abort
 * controller) was a fifth of a cached read's CPU on Node 20; `toRequest()` still makes one when a hook needs it.
 */
export class NodeRequestView implements HandlerRequest {
  readonly method = 'GET';
  readonly url: string;
  readonly headers: Pick<Headers, 'get' | 'has'>;
  readonly #getSignal: () => AbortSignal;
  readonly #raw: IncomingHttpHeaders;
  #request: Request | undefined;

  constructor(url: string, headers: IncomingHttpHeaders, getSignal: () => AbortSignal) {
    this.url = url;
    this.#raw = headers;
    this.#getSignal = getSignal;
    // Node keeps header names in lower case and joins repeated ones (other than Set-Cookie) with ", " as Headers
    // does.
    const read = (name: string): string | null => {
      const value = headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    };
    this.headers = { get: read, has: (name) => read(name) !== null };
  }

  get signal(): AbortSignal {
    return this.#getSignal();
  }

  toRequest(): Request {
    this.#request ??= new Request(this.url, {
      method: this.method,
      headers: toHeaderPairs(this.#raw),
      signal: this.signal,
    });
    return this.#request;
  }
}
