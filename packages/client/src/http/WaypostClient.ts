import type {
  AlertSubscription,
  AlertSubscriptionInput,
  IssueReceipt,
  IssueReportInput,
  StartReturnInput,
} from '../model/Actions.js';
import type { Capabilities } from '../model/Capabilities.js';
import type { LookupQuery } from '../model/LookupQuery.js';
import type { LookupResult, Resource } from '../model/LookupResult.js';
import type { ResourceKind } from '../model/ResourceKind.js';

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the call; it then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /**
   * Milliseconds before the call fails with a `TimeoutError`, per attempt: a whole number from 1 to 2147483647
   * (another rejects the call with a `TypeError`, before any request).
   * @default the client's `timeout`
   */
  timeout?: number;
}

/** Options of `client.watch`. */
export interface WatchOptions {
  /**
   * First polling interval in whole milliseconds from 1 to 2147483647; doubles (up to `maxInterval`) while nothing
   * changes. Another value makes `watch` throw a `TypeError` naming it.
   * @default 60_000
   * @example { interval: 30_000 }
   */
  interval?: number;
  /**
   * Longest polling interval in whole milliseconds from `interval` (its default included) to 2147483647; another
   * value makes `watch` throw a `TypeError` naming it.
   * @default 900_000, or `interval` when that is longer
   * @example { interval: 30_000, maxInterval: 300_000 }
   */
  maxInterval?: number;
  /**
   * Called when a poll or the stream fails; polling goes on with backoff, the stream reopens with backoff. A
   * `VerificationError` (the token expired, and the server ends its streams then) ends the watch instead: look the
   * record up again for a fresh token and watch the new result.
   */
  onError?: (error: unknown) => void;
  /**
   * Called with `true` when the record may be out of date (the stream dropped, or a poll failed) and with
   * `false` once a fresh read arrives (the reopened stream sends the record first).
   * @default undefined
   * @example { onStale: (stale) => banner.toggleAttribute('hidden', !stale) }
   */
  onStale?: (stale: boolean) => void;
}

/** Stops a watch: cancels its timers, its stream and its in-flight request. Safe to call twice. */
export type StopWatching = () => void;

/** The client API, the same over HTTP and over an in-process source. */
export interface WaypostClient {
  /** Finds a record by order number plus email or postal code, by tracking number, or by token. */
  lookup(query: LookupQuery, options?: RequestOptions): Promise<LookupResult>;
  /** Reads a record again with the access token a lookup returned for it. */
  get(kind: ResourceKind, id: string, options?: RequestOptions): Promise<Resource>;
  /** Reads the record of `result` again, keeping its access. */
  refresh(result: LookupResult, options?: RequestOptions): Promise<LookupResult>;
  /**
   * Calls `listener` with the record each time it really changes, read with the most privileged valid token the
   * client holds for it (as `get` sends). Watches of the same record (and token) on one client share one stream or
   * poller. Throws a `TypeError` when an interval option is out of its range.
   */
  watch(result: LookupResult, listener: (next: LookupResult) => void, options?: WatchOptions): StopWatching;
  /** What the backend supports, fetched once and cached. */
  loadCapabilities(options?: RequestOptions): Promise<Capabilities>;
  /** The capabilities once loaded, otherwise `undefined`. */
  readonly capabilities: Capabilities | undefined;
  /** Starts a return or exchange for an order read earlier; resolves to the new record with its own access. */
  startReturn(input: StartReturnInput, options?: RequestOptions): Promise<LookupResult>;
  /** Opts the shopper in to alerts for a record read earlier. */
  subscribeAlerts(input: AlertSubscriptionInput, options?: RequestOptions): Promise<AlertSubscription>;
  /** Reports a problem with a record read earlier. */
  reportIssue(input: IssueReportInput, options?: RequestOptions): Promise<IssueReceipt>;
  /** Changes the locale sent as `Accept-Language`. */
  setLocale(locale: string | undefined): void;
}
