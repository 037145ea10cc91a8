import type { RateLimitHit, RateLimitStore } from './RateLimitStore.js';

/** Options of `createMemoryRateLimitStore`. */
export interface MemoryRateLimitStoreOptions {
  /**
   * Most keys kept per partition (the key's text up to its second `:`, such as `waypost:lookup`): each rule has
   * its own budget, so a flood of fresh addresses can never evict the per-order counters. Stale keys go first;
   * past that, the least recently hit.
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

// How many of the least recently hit keys each new key looks at to drop stale ones: a small constant, so memory
// shrinks as traffic moves on while every hit stays O(1).
const staleChecksPerInsert = 2;

// `waypost:perOrder:w1001` → `waypost:perOrder`. IPv6 keys hold more colons, but only after the second one.
function getPartitionName(key: string): string {
  const first = key.indexOf(':');
  const second = first === -1 ? -1 : key.indexOf(':', first + 1);
  return second === -1 ? '' : key.slice(0, second);
}

/**
 * The default rate-limit store: counters in `Map`s, for a single long-lived process. Memory stays bounded under a
 * flood of distinct addresses, and every hit costs O(1) whatever the flood: each `Map` is kept in least-recently-hit
 * order (a hit re-inserts its key), so the oldest key is always the first one. Keys are partitioned by rule, so
 * churn of one rule's keys (cheap requests from fresh addresses) cannot evict another's (per-order counters); a key
 * under attack is hit constantly, so it is the last of its partition to go.
 *
 * @example createHandler({ source, secret, rateLimit: { store: createMemoryRateLimitStore({ maxKeys: 50_000 }) } })
 */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore & {
  readonly size: number;
} {
  const maxKeys = Math.max(1, options.maxKeys ?? 20_000);
  const partitions = new Map<string, Map<string, Entry>>();

  // Looks only at the least recently hit keys: stale ones go, and the oldest goes when the partition is full.
  function makeRoom(entries: Map<string, Entry>, now: number): void {
    let looked = 0;
    for (const [key, entry] of entries) {
      if (looked > staleChecksPerInsert) break;
      looked += 1;
      const stale = Math.floor(now / entry.windowMs) > entry.window + 1;
      if (stale || entries.size >= maxKeys) entries.delete(key);
      else break;
    }
  }

  return {
    get size() {
      let total = 0;
      for (const entries of partitions.values()) total += entries.size;
      return total;
    },
    async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
      const window = Math.floor(now / windowMs);
      const name = getPartitionName(key);
      let entries = partitions.get(name);
      if (!entries) {
        entries = new Map();
        partitions.set(name, entries);
      }
      const entry = entries.get(key);
      let next: Entry;
      if (entry && entry.window === window) next = { ...entry, count: entry.count + 1 };
      else if (entry && entry.window === window - 1) next = { window, count: 1, previous: entry.count, windowMs };
      else next = { window, count: 1, previous: 0, windowMs };
      if (entry) entries.delete(key);
      else makeRoom(entries, now);
      entries.set(key, next);
      return { count: next.count, previous: next.previous, resetAt: (window + 1) * windowMs };
    },
  };
}
