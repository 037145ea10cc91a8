import type { RateLimitRule } from './RateLimitRule.js';
import type { RateLimitStore } from './RateLimitStore.js';

/** The verdict on one request: allowed, or refused with the seconds to wait. */
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfter: number };

/**
 * Counts one request for `key` and decides with a sliding window approximated from two fixed windows: the previous
 * window's count weighted by how much of it still overlaps the last `windowMs`, plus the current count. It is
 * accurate to a few percent, needs two counters per key, and has no burst at window edges. Refused requests count
 * too, so hammering does not shorten the wait.
 *
 * @example const verdict = await checkRateLimit(store, `lookup:${address}`, { limit: 10, windowMs: 60_000 }, Date.now())
 */
export async function checkRateLimit(
  store: RateLimitStore,
  key: string,
  rule: RateLimitRule,
  now: number,
): Promise<RateLimitVerdict> {
  const { limit, windowMs } = rule;
  const { count, previous, resetAt } = await store.hit(key, windowMs, now);
  const elapsed = windowMs - (resetAt - now);
  const estimate = previous * (1 - elapsed / windowMs) + count;
  if (estimate <= limit) return { allowed: true };
  let waitMs: number;
  if (count + 1 <= limit && previous > 0) {
    // Later in this window the previous window's weight fades enough for one more request.
    waitMs = (1 - (limit - count - 1) / previous) * windowMs - elapsed;
  } else {
    // Only in the next window, once this window's count (then "previous") has faded enough.
    const fraction = count + 1 <= limit ? 0 : Math.max(0, 1 - (limit - 1) / count);
    waitMs = resetAt - now + fraction * windowMs;
  }
  return { allowed: false, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
}
