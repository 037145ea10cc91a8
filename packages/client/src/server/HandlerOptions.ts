import type { WebhookProvider } from '../model/WebhookProvider.js';
import type { Source } from '../source/Source.js';
import type { CorsOptions } from './CorsOptions.js';
import type { SourceCacheOptions } from './createCachedSource.js';
import type { PushHub } from './createPushHub.js';
import type { Notifier } from './notify/Notifier.js';
import type { RateLimitRule } from './RateLimitRule.js';
import type { RateLimitStore } from './RateLimitStore.js';

/** Rate limits of the handler; each rule is a sliding window. */
export interface RateLimitOptions {
  /**
   * Where counts live.
   * @default createMemoryRateLimitStore() (one process; use a shared store when you run several instances)
   */
  store?: RateLimitStore;
  /**
   * Lookups per client address.
   * @default { limit: 10, windowMs: 60_000 }
   */
  lookup?: RateLimitRule;
  /**
   * Lookups per order number, from all addresses together, so a botnet cannot try postal codes against one order.
   * @default { limit: 20, windowMs: 900_000 }
   */
  perOrder?: RateLimitRule;
  /**
   * Every other request per client address (reads, streams, actions, capabilities).
   * @default { limit: 300, windowMs: 60_000 }
   */
  other?: RateLimitRule;
}

/** A provider webhook the handler verifies and turns into push updates. */
export interface WebhookOptions {
  /** The signing secret from the provider's dashboard. */
  secret: string;
}

/** Options of `createHandler`. */
export interface HandlerOptions {
  /** The records to serve: `demoSource()`, a provider source, or your own. */
  source: Source;
  /**
   * Signs access tokens: a random string of at least 32 characters, kept server-side. Pass several to rotate: the
   * first signs, any of them verifies.
   * @example process.env.WAYPOST_SECRET
   */
  secret: string | readonly string[];
  /**
   * The path the handler is mounted at, without a trailing slash; requests outside it get 404.
   * @default ''
   * @example '/api/waypost'
   */
  basePath?: string;
  /**
   * Origins allowed to call from browsers. Without it only same-origin pages can (no CORS headers are sent).
   * @default undefined
   * @example { origins: ['https://shop.example'] }
   */
  cors?: CorsOptions;
  /**
   * Rate limits, or `false` to turn them off (only when something in front of the handler limits instead).
   * @default the defaults of each `RateLimitOptions` rule
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * The client's IP address, the rate-limit key. Takes precedence over `clientAddressHeader`. A port after it is
   * ignored (`203.0.113.7:51234`, `[2001:db8::1]:443`), IPv6 counts per /64, IPv4-mapped IPv6 as IPv4; anything that
   * is not an IP address counts as the one shared key `unknown`.
   * @default the `clientAddressHeader` if set; else under `serveNode`/`toNodeListener` the socket's peer; else one
   * key shared by everyone
   * @example (request) => request.headers.get('fly-client-ip') ?? 'unknown'
   */
  getClientAddress?: (request: Request) => string;
  /**
   * The one header that carries the client's address, set (and overwritten) by the platform or proxy in front of
   * the handler: `'cf-connecting-ip'` on Cloudflare, `'x-real-ip'` on Vercel, `'fly-client-ip'` on Fly.io,
   * `'x-forwarded-for'` behind your own proxy (its last entry, the one the proxy appended, is used), `'forwarded'`
   * behind one that appends RFC 7239 elements (the `for=` of the last element, unquoted). Only that header is read,
   * and the socket's peer is then ignored. Never set it when clients can reach the handler without passing through
   * that proxy: they could then write the header themselves.
   * @default undefined (no header is trusted)
   * @example 'cf-connecting-ip'
   */
  clientAddressHeader?: string;
  /**
   * Largest request body in bytes; bigger bodies get 413.
   * @default 16_384
   */
  maxBodyBytes?: number;
  /**
   * Lifetime of the access token a lookup returns, in seconds.
   * @default 900
   */
  tokenTtl?: number;
  /**
   * Provider webhooks to serve at `{basePath}/webhooks/aftership` and `/webhooks/easypost`. Each verified delivery
   * is pushed to the open streams showing that parcel (same tracking number and carrier) in an older state; a late,
   * redelivered or replayed one changes nothing. `capabilities.push` becomes true.
   * @example { aftership: { secret: process.env.AFTERSHIP_WEBHOOK_SECRET } }
   */
  webhooks?: { [provider in WebhookProvider]?: WebhookOptions };
  /**
   * Keep the source's answers (`get`, `findOrder`, `findShipment`) for `ttlMs`, so N shoppers on one order cost one
   * provider call per TTL; each verified webhook forgets the answers that show its parcel in an older state. Use
   * `createRedisSourceCache` to share it between instances.
   * @default undefined (every read asks the source)
   * @example { store: createRedisSourceCache({ redis }), ttlMs: 60_000 }
   */
  cache?: SourceCacheOptions;
  /**
   * A push hub to publish shipments through yourself; one is created when `webhooks` is set.
   * @default undefined
   */
  push?: PushHub;
  /**
   * Alerts: each verified provider webhook is handed to `notifier.receiveShipment`, and the signed unsubscribe links
   * in its messages are served at `{basePath}/unsubscribe/{token}`. Pass the same `secret` to both.
   * @default undefined
   * @example createNotifier({ store, secret, publicUrl: 'https://shop.example/apps/waypost', channels: { email } })
   */
  notifier?: Notifier;
  /**
   * Interval of the `: ping` comment on event streams, in milliseconds; it keeps proxies from closing idle streams.
   * @default 25_000
   */
  pingIntervalMs?: number;
  /**
   * Most event streams one client address may hold open at once (per process); more get 429. Clients without a
   * usable address (none, or not an IP address) share the one key `unknown`, and so these streams between them, like
   * the other limits: a missing or misconfigured `clientAddressHeader` cannot let streams grow without bound.
   * @default 20
   */
  maxStreamsPerClient?: number;
  /**
   * Called with each unexpected error (a source that threw, a bug), and with each `DeliveryError` of an action (a
   * helpdesk or returns portal that refused after its retries): the record of a report nobody got. The response is
   * a bare 500, or `502 upstream_failed` for a `DeliveryError`.
   * @default logs with console.error
   * @example (error) => Sentry.captureException(error)
   */
  onError?: (error: unknown, request: Request) => void;
  /**
   * The clock, in milliseconds; tests pass a fake one.
   * @default Date.now
   */
  now?: () => number;
}
