/**
 * Where `cache` keeps provider answers, as JSON text: one process (`createMemorySourceCache`) or every instance
 * together (`createRedisSourceCache`). Entries are tagged with the tracking numbers they hold, so a webhook about a
 * parcel forgets every answer that shows it.
 */
export interface SourceCache {
  /** The text stored under `key`, or `undefined` when there is none or it expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `text` under `key` for `ttlMs`, tagged with `tags`. */
  set(key: string, text: string, ttlMs: number, tags: readonly string[]): Promise<void>;
  /** Forgets every entry tagged with `tag`. */
  invalidate(tag: string): Promise<void>;
  /**
   * Claims the right to load `key` for `ttlMs`; `false` when another caller (another instance) holds it or the entry
   * is already stored, and the caller then reads or waits for that answer instead of asking the provider too.
   * Optional: without it, instances load alone.
   */
  claim?(key: string, ttlMs: number): Promise<boolean>;
}
