import type { LookupQuery, LookupResult, WaypostClient } from '@waypost/client';

/** An in-memory client for unit tests: answers lookups from `answer`, and lets a test push live updates. */
export interface TestClient extends WaypostClient {
  queries: LookupQuery[];
  locales: Array<string | undefined>;
  /** Calls every active watch listener with `next`. */
  push(next: LookupResult): void;
  /** Number of watches not stopped yet. */
  readonly activeWatches: number;
}

/**
 * Creates a hand-written `WaypostClient`: `answer` returns (or throws) the lookup's result.
 *
 * @example const client = createTestClient(() => sampleOrderResult())
 */
export function createTestClient(answer: (query: LookupQuery) => LookupResult | Promise<LookupResult>): TestClient {
  const listeners = new Set<(next: LookupResult) => void>();
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
    watch(_result, listener) {
      listeners.add(listener);
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
      for (const listener of [...listeners]) listener(next);
    },
    get activeWatches() {
      return listeners.size;
    },
  };
  return client;
}
