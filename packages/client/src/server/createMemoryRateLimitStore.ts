import type { RateLimitHit, RateLimitStore } from './RateLimitStore.js';

/** Options of `createMemoryRateLimitStore`. */
export interface MemoryRateLimitStoreOptions {
  /**
   * Most keys kept. Keys whose windows have passed are swept first; past that, the least recently hit go.
   * @default 20_000
   * @example createMemoryRateLimitStore({ maxKeys: 100_000 })
   */
  maxKeys?: number;
}

interface Entry {
  window: number;
  count: number;
  previous: number;
  windowMs: number;
}

/**
 * The default rate-limit store: counters in a `Map`, for a single long-lived process. Memory stays bounded under a
 * flood of distinct addresses: stale keys are swept and, past `maxKeys`, the least recently hit keys are evicted
 * (a key under attack is hit constantly, so it is the last to go).
 *
 * @example createHandler({ source, secret, rateLimit: { store: createMemoryRateLimitStore({ maxKeys: 50_000 }) } })
 */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore & {
  readonly size: number;
} {
  const maxKeys = Math.max(1, options.maxKeys ?? 20_000);
  const entries = new Map<string, Entry>();

  function sweep(now: number): void {
    for (const [key, entry] of entries) {
      if (Math.floor(now / entry.windowMs) > entry.window + 1) entries.delete(key);
    }
    // Map iteration follows insertion order and every hit re-inserts its key: the first keys are the least recent.
    for (const key of entries.keys()) {
      if (entries.size < maxKeys) break;
      entries.delete(key);
    }
  }

  return {
    get size() {
      return entries.size;
    },
    async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
      const window = Math.floor(now / windowMs);
      const entry = entries.get(key);
      let next: Entry;
      if (entry && entry.window === window) next = { ...entry, count: entry.count + 1 };
      else if (entry && entry.window === window - 1) next = { window, count: 1, previous: entry.count, windowMs };
      else next = { window, count: 1, previous: 0, windowMs };
      entries.delete(key);
      if (!entry && entries.size >= maxKeys) sweep(now);
      entries.set(key, next);
      return { count: next.count, previous: next.previous, resetAt: (window + 1) * windowMs };
    },
  };
}
