/**
 * Where `cache` keeps provider answers, as JSON text: one process (`createMemorySourceCache`) or every instance
 * together (`createRedisSourceCache`). Entries are tagged with the tracking numbers they hold, so a webhook about a
 * parcel forgets every answer that shows it in an older state.
 */
export interface SourceCache {
  /** The text stored under `key`, or `undefined` when there is none or it expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `text` under `key` for `ttlMs`, tagged with `tags`. */
  set(key: string, text: string, ttlMs: number, tags: readonly string[]): Promise<void>;
  /** Forgets every entry tagged with `tag`. */
  invalidate(tag: string): Promise<void>;
  /**
   * The entries tagged with `tag` that have not expired, for a webhook to check before it forgets them: one that
   * would change none of them (a late, replayed or other carrier's update) forgets nothing. Optional: without it,
   * every verified webhook forgets its parcel's entries.
   */
  getTagged?(tag: string): Promise<Array<{ key: string; text: string }>>;
  /**
   * Claims the right to load `key` for `ttlMs`; `false` when another caller (another instance) holds it or the entry
   * is already stored, and the caller then reads or waits for that answer instead of asking the provider too.
   * Optional: without it, instances load alone.
   */
  claim?(key: string, ttlMs: number): Promise<boolean>;
}
