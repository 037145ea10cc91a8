import type { LookupQuery, LookupResult, WatchOptions, WaypostClient } from '@waypost/client';

/** An in-memory client for unit tests: answers lookups from `answer`, and lets a test push live updates. */
export interface TestClient extends WaypostClient {
  queries: LookupQuery[];
  locales: Array<string | undefined>;
  /** Calls every active watch listener with `next`. */
  push(next: LookupResult): void;
  /** Reports `error` to every active watch's `onError`, as a failed stream or poll does. */
  fail(error: unknown): void;
  /** Number of watches not stopped yet. */
  readonly activeWatches: number;
}

/**
 * Creates a hand-written `WaypostClient`: `answer` returns (or throws) the lookup's result.
 *
 * @example const client = createTestClient(() => sampleOrderResult())
 */
export function createTestClient(answer: (query: LookupQuery) => LookupResult | Promise<LookupResult>): TestClient {
  const listeners = new Map<(next: LookupResult) => void, WatchOptions | undefined>();
  const client: TestClient = {
    queries: [],
    locales: [],
    capabilities: undefined,
    async lookup(query, options) {
      client.queries.push(query);
      if (options?.signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      return answer(query);
    },
    async get() {
      throw new Error('not used');
    },
    async refresh(result) {
      return result;
    },
    watch(_result, listener, options) {
      listeners.set(listener, options);
      return () => listeners.delete(listener);
    },
    async loadCapabilities() {
      throw new Error('not used');
    },
    async startReturn() {
      throw new Error('not used');
    },
    async subscribeAlerts() {
      throw new Error('not used');
    },
    async reportIssue() {
      throw new Error('not used');
    },
    setLocale(locale) {
      client.locales.push(locale);
    },
    push(next) {
      for (const listener of [...listeners.keys()]) listener(next);
    },
    fail(error) {
      for (const options of [...listeners.values()]) options?.onError?.(error);
    },
    get activeWatches() {
      return listeners.size;
    },
  };
  return client;
}
