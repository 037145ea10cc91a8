/** What a store reports for one hit. */
export interface RateLimitHit {
  /** Hits in the fixed window that contains `now`, this one included. */
  count: number;
  /** Hits in the window just before it (0 when there were none or it was forgotten). */
  previous: number;
  /** When the current window ends, in milliseconds since the epoch. */
  resetAt: number;
}

/**
 * Where the rate limiter counts. The handler keeps a sliding window by weighting two fixed windows, so a store only
 * needs an atomic "increment this window, and tell me the one before". The in-memory default suits one process;
 * several instances (serverless, a cluster) need a shared store such as Redis (`INCR` + `PEXPIRE` + `GET`).
 *
 * @example
 * const store: RateLimitStore = {
 *   async hit(key, windowMs, now) {
 *     const window = Math.floor(now / windowMs)
 *     const count = await redis.incr(`${key}:${window}`)
 *     if (count === 1) await redis.pexpire(`${key}:${window}`, windowMs * 2)
 *     const previous = Number(await redis.get(`${key}:${window - 1}`) ?? 0)
 *     return { count, previous, resetAt: (window + 1) * windowMs }
 *   },
 * }
 */
export interface RateLimitStore {
  /** Counts one hit for `key` in the `windowMs`-long fixed window that contains `now` (milliseconds). */
  hit(key: string, windowMs: number, now: number): Promise<RateLimitHit>;
}
