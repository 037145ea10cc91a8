import type { Source } from '../source/Source.js';

/** Browser facts `watch` needs, injected so the client never touches `window` or `document`. */
export interface ClientEnvironment {
  /**
   * Whether the page is visible; polling pauses while it is not.
   * @example () => document.visibilityState === 'visible'
   */
  isVisible(): boolean;
  /**
   * Calls `listener` when visibility changes; returns a function that removes it.
   * @example (listener) => { document.addEventListener('visibilitychange', listener); return () => document.removeEventListener('visibilitychange', listener) }
   */
  onVisibilityChange(listener: () => void): () => void;
  /**
   * Whether the device is online; a poll is skipped (and retried later) while it is not.
   * @example () => navigator.onLine
   */
  isOnline?(): boolean;
  /**
   * Calls `listener` when the device comes back online; returns a function that removes it. A dropped stream
   * then reopens at once instead of waiting out its backoff.
   * @example (listener) => { addEventListener('online', listener); return () => removeEventListener('online', listener) }
   */
  onOnline?(listener: () => void): () => void;
}

/** Retries of idempotent reads (`GET`). Lookups and actions (`POST`) are never retried. */
export interface ClientRetryOptions {
  /**
   * Retries after the first attempt: a whole number from 0 to 2147483647.
   * @default 2
   * @example { limit: 0 } // never retry
   */
  limit?: number;
  /**
   * Longest wait between two attempts, in whole milliseconds from 0 to 2147483647 (the wait doubles from 300 ms,
   * with jitter).
   * @default 5_000
   * @example { backoffLimit: 1_000 }
   */
  backoffLimit?: number;
  /**
   * Longest `Retry-After` the client waits for, in whole milliseconds from 0 to 2147483647; a longer one fails at
   * once with the `RateLimitError` (or `HttpError`) so the page can say when to try again.
   * @default 20_000
   * @example { maxRetryAfter: 5_000 }
   */
  maxRetryAfter?: number;
}

/**
 * Options of `createClient`: an `endpoint` (HTTP) or a `source` (in process), never both. A number out of its range
 * or a locale that is not a language tag makes `createClient` throw a `TypeError` naming the option.
 */
export interface ClientOptions {
  /**
   * Base URL of the retailer's Waypost handler, `http:` or `https:`, without a `#fragment` and without a user or
   * password (`fetch` refuses those; `createClient` throws a `TypeError` instead). A relative URL is
   * resolved against `baseUrl`. Its query (a hosted handler's `?key=…`) is kept on every request, after the path.
   * @example 'https://shop.example/apps/waypost'
   * @example 'https://hosted.example/waypost?key=pk_live_1'
   */
  endpoint?: string;
  /**
   * The URL a relative `endpoint` is resolved against (the client reads no page location itself).
   * @default undefined (a relative endpoint then throws)
   * @example location.href
   */
  baseUrl?: string | URL;
  /**
   * A backend used in process instead of HTTP: lookups are verified, tokens issued and kept by the client.
   * @example createClient({ source: demoSource() })
   */
  source?: Source;
  /**
   * Milliseconds before one attempt fails with a `TimeoutError`: a whole number from 1 to 2147483647 (the longest
   * delay a timer keeps).
   * @default 10_000
   * @example { timeout: 5_000 }
   */
  timeout?: number;
  /**
   * Retries of reads, or a number for `limit` only.
   * @default { limit: 2, backoffLimit: 5_000, maxRetryAfter: 20_000 }
   * @example { retry: { limit: 4 } }
   */
  retry?: ClientRetryOptions | number;
  /**
   * BCP 47 language tag sent as `Accept-Language` (and given to sources); one that `Intl.getCanonicalLocales`
   * refuses (`en_US`, a line break) throws.
   * @default the runtime's locale (`Intl.DateTimeFormat().resolvedOptions().locale`)
   * @example 'fr-CA'
   */
  locale?: string;
  /**
   * The `fetch` to use (tests, proxies, runtimes with their own).
   * @default globalThis.fetch, read at each request
   * @example { fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }) }
   */
  fetch?: typeof fetch;
  /**
   * Visibility and online state for `watch`.
   * @default always visible and online, no events
   * @example { isVisible: () => document.visibilityState === 'visible', onVisibilityChange: … }
   */
  environment?: ClientEnvironment;
  /**
   * How long, in whole milliseconds from 0 to 2147483647, a read answers at once from memory while it revalidates
   * in the background (stale-while-revalidate). `false` (or `0`) asks the server every time; a stored `ETag` still
   * lets it answer `304`.
   * @default 30_000
   * @example { cache: false }
   */
  cache?: number | false;
  /**
   * How many event streams `watch` keeps open at once (watches of one record share one stream and count once).
   * A watch started past the limit polls instead, at its `interval`, until a stream frees (the longest waiting
   * first). A stream holds one connection for as long as it is open, and a browser opens at most six HTTP/1.1
   * connections per host: with six streams open, every other request to that host waits (the store's own pages
   * and images too, when the handler shares their origin). `0` always polls. A whole number from 0 to 2147483647.
   * @default 4, or 32 once Resource Timing shows the endpoint's origin answering over HTTP/2 or HTTP/3
   * @example { maxStreams: 20 } // HTTP/2 behind a proxy that drops `Timing-Allow-Origin`
   */
  maxStreams?: number;
}
