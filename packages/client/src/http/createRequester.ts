import { HTTPError } from 'ky';
import { parseRetryAfter } from '../protocol/parseRetryAfter.js';
import { assertClientOptions } from './assertClientOptions.js';
import type { ClientRetryOptions } from './ClientOptions.js';
import { createKy } from './createKy.js';
import { mapHttpError } from './mapHttpError.js';
import { mapRequestError } from './mapRequestError.js';
import { parseJsonText } from './parseJsonText.js';

/** One protocol request. */
export interface SendInput {
  method: 'GET' | 'POST';
  /** Path below the endpoint, with a leading slash (`/orders/o_1`). */
  path: string;
  token?: string | undefined;
  json?: unknown;
  /** Sent as `If-None-Match`. */
  etag?: string | undefined;
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
}

/** A successful answer: `304` has no body. */
export interface SendResult {
  status: number;
  body: unknown;
  etag: string | undefined;
}

/** Sends one request and resolves to its parsed JSON body, or rejects with a Waypost error. */
export type Send = (input: SendInput) => Promise<SendResult>;

/** What `createRequester` needs. */
export interface RequesterOptions {
  /** Absolute endpoint, without a trailing slash or its query. */
  base: string;
  /** The endpoint's query (`?key=k1`, or empty), after every request's path. */
  query: string;
  timeout: number;
  retry?: ClientRetryOptions | number | undefined;
  fetch?: typeof fetch | undefined;
  getLocale: () => string;
}

/**
 * Creates the request function over ky: per-attempt timeout, retries of GETs with jittered exponential backoff
 * and `Retry-After`, the protocol's headers, bodies read as JSON, and every failure mapped to a Waypost error.
 *
 * @example const send = createRequester({ base, query: '', timeout: 10_000, retry: undefined, fetch: undefined, getLocale })
 */
export function createRequester(options: RequesterOptions): Send {
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const maxRetryAfter = retry.maxRetryAfter ?? 20_000;
  const custom = options.fetch;
  const api = createKy(
    {
      timeout: options.timeout,
      // ky calls its `fetch` as a method of its options: a browser's own `fetch` (`window.fetch`) throws "Illegal
      // invocation" unless it is called as a plain function.
      fetch: custom && ((input, init) => custom(input, init)),
      throwHttpErrors: (status) => status !== 304,
      retry: {
        limit: retry.limit ?? 2,
        backoffLimit: retry.backoffLimit ?? 5_000,
        maxRetryAfter,
        // Lookups are POSTs: retrying one could count twice against the shopper's rate limit, so only GETs retry.
        methods: ['get'],
        retryOnTimeout: true,
        jitter: (delay) => delay * (0.5 + Math.random() / 2),
        // A wait longer than the cap fails at once, so the page can tell the shopper when to come back.
        shouldRetry: ({ error }) =>
          error instanceof HTTPError &&
          (parseRetryAfter(error.response.headers.get('retry-after')) ?? 0) * 1000 > maxRetryAfter
            ? false
            : undefined,
      },
    },
    (error) => mapHttpError(error.response, error.options.context.what as string, error),
  );

  return async ({ method, path, token, json, etag, signal, timeout }) => {
    const what = `${method} ${path}`;
    // A per-call timeout out of range would make ky throw a RangeError on every attempt: refused before any.
    assertClientOptions({ timeout }, what);
    try {
      const response = await api(options.base + path + options.query, {
        method,
        json,
        signal,
        context: { what },
        // Never `undefined`: that would override the client's timeout with ky's own default.
        timeout: timeout ?? options.timeout,
        // ky leaves out headers whose value is `undefined`.
        headers: {
          accept: 'application/json',
          'accept-language': options.getLocale(),
          authorization: token ? `Bearer ${token}` : undefined,
          'if-none-match': etag,
        },
      });
      const { status } = response;
      return {
        status,
        body: status === 304 ? undefined : parseJsonText(await response.text(), what),
        etag: response.headers.get('etag') ?? (status === 304 ? etag : undefined),
      };
    } catch (error) {
      throw await mapRequestError(error, what, signal);
    }
  };
}
