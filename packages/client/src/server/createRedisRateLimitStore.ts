import type { RateLimitHit, RateLimitStore } from './RateLimitStore.js';
import type { RedisClient } from './RedisClient.js';

/** Options of `createRedisRateLimitStore`. */
export interface RedisRateLimitStoreOptions {
  /** A connected client, such as `new Redis(process.env.REDIS_URL)` from `ioredis`. */
  redis: RedisClient;
  /**
   * Prepended to every key, to share one Redis between applications.
   * @default 'waypost:rl:'
   * @example 'shop-eu:rl:'
   */
  prefix?: string;
}

// One round trip, atomic: count this window (expiring it once the next window is over) and read the one before.
const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
return {count, previous}
`;

/**
 * A rate-limit store on Redis, shared by every instance of the handler: behind a load balancer, in a cluster or on
 * serverless, a client then has one budget however many instances it reaches. Each hit is one `EVAL` (INCR, PEXPIRE
 * and GET in a Lua script), and keys expire on their own after two windows. When Redis fails, the hit fails and the
 * handler answers 500 rather than letting requests through unlimited.
 *
 * @example
 * import Redis from 'ioredis'
 * const store = createRedisRateLimitStore({ redis: new Redis(process.env.REDIS_URL) })
 * createHandler({ source, secret, rateLimit: { store } })
 */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  const { redis } = options;
  if (!redis || typeof redis.eval !== 'function') {
    throw new TypeError('[waypost] createRedisRateLimitStore needs a Redis client (`redis`) with `eval`');
  }
  const prefix = options.prefix ?? 'waypost:rl:';
  return {
    async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
      const window = Math.floor(now / windowMs);
      // The hash tag keeps both windows of a key on one Cluster slot.
      const base = `${prefix}{${key}}:`;
      const reply = await redis.eval(hitScript, 2, `${base}${window}`, `${base}${window - 1}`, windowMs * 2);
      const [count, previous] = Array.isArray(reply) ? reply.map(Number) : [];
      if (!Number.isInteger(count) || !Number.isInteger(previous)) {
        throw new TypeError('[waypost] Redis answered the rate-limit script with something unexpected');
      }
      return { count: count as number, previous: previous as number, resetAt: (window + 1) * windowMs };
    },
  };
}
