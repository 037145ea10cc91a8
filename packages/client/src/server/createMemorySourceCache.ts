import type { SourceCache } from './SourceCache.js';

/** Options of `createMemorySourceCache`. */
export interface MemorySourceCacheOptions {
  /**
   * Most entries kept; the oldest go first.
   * @default 10_000
   * @example createMemorySourceCache({ maxEntries: 1_000 })
   */
  maxEntries?: number;
  /**
   * The clock, in milliseconds; tests pass a fake one.
   * @default Date.now
   */
  now?: () => number;
}

/**
 * A provider-answer cache in this process's memory, for a single instance. Bounded, and O(1) per call: a `Map` in
 * insertion order drops its oldest entry when full.
 *
 * @example createHandler({ source, secret, cache: { store: createMemorySourceCache(), ttlMs: 30_000 } })
 */
export function createMemorySourceCache(options: MemorySourceCacheOptions = {}): SourceCache {
  const maxEntries = Math.max(1, options.maxEntries ?? 10_000);
  const now = options.now ?? Date.now;
  const entries = new Map<string, { text: string; expiresAt: number; tags: readonly string[] }>();
  const tagged = new Map<string, Set<string>>();
  const forget = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    for (const tag of entry.tags) {
      const keys = tagged.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) tagged.delete(tag);
    }
  };
  return {
    async get(key) {
      const entry = entries.get(key);
      if (entry && entry.expiresAt <= now()) forget(key);
      return entry && entry.expiresAt > now() ? entry.text : undefined;
    },
    async set(key, text, ttlMs, tags) {
      forget(key);
      if (entries.size >= maxEntries) forget(entries.keys().next().value as string);
      entries.set(key, { text, expiresAt: now() + ttlMs, tags });
      for (const tag of tags) {
        const keys = tagged.get(tag) ?? new Set<string>();
        keys.add(key);
        tagged.set(tag, keys);
      }
    },
    async invalidate(tag) {
      for (const key of [...(tagged.get(tag) ?? [])]) forget(key);
    },
    async getTagged(tag) {
      const found: Array<{ key: string; text: string }> = [];
      for (const key of tagged.get(tag) ?? []) {
        const entry = entries.get(key);
        if (entry && entry.expiresAt > now()) found.push({ key, text: entry.text });
      }
      return found;
    },
  };
}
