import type { RedisClient } from './RedisClient.js';
import type { SourceCache } from './SourceCache.js';

/** Options of `createRedisSourceCache`. */
export interface RedisSourceCacheOptions {
  /** A connected client, such as `new Redis(process.env.REDIS_URL)` from `ioredis`. */
  redis: RedisClient;
  /**
   * Prepended to every key.
   * @default 'waypost:cache:'
   * @example 'shop-eu:cache:'
   */
  prefix?: string;
}

// Stores the entry, releases the claim on it, and adds its key to each tag's set; a tag set lives as long as the
// longest entry in it.
const setScript = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('DEL', KEYS[2])
for index = 3, #KEYS do
  redis.call('SADD', KEYS[index], KEYS[1])
  if redis.call('PTTL', KEYS[index]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[index], ARGV[2]) end
end
return 1
`;
const invalidateScript = `
local keys = redis.call('SMEMBERS', KEYS[1])
for _, key in ipairs(keys) do redis.call('DEL', key) end
redis.call('DEL', KEYS[1])
return #keys
`;
// Key and text of each live entry of a tag, flat: `[key, text, key, text, …]`.
const getTaggedScript = `
local found = {}
for _, key in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local text = redis.call('GET', key)
  if text then
    found[#found + 1] = key
    found[#found + 1] = text
  end
end
return found
`;
const getScript = `return redis.call('GET', KEYS[1])`;
// No claim while the entry exists: an instance that missed just before another one stored the entry would
// otherwise claim the released key and call the provider a second time.
const claimScript = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
return redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) and 1 or 0
`;

/**
 * A provider-answer cache on Redis, shared by every instance: N shoppers on one order cost one provider call per
 * TTL, whichever instances serve them. Instances claim a key before loading it, so a cold key is loaded once, not
 * once per instance. Every step is one `EVAL`. All keys of one shop share a hash tag, so it runs on Redis Cluster too
 * (on one slot: use a separate cache per shop on a big cluster).
 *
 * @example
 * import Redis from 'ioredis'
 * const cache = createRedisSourceCache({ redis: new Redis(process.env.REDIS_URL) })
 * createHandler({ source, secret, cache: { store: cache, ttlMs: 60_000 } })
 */
export function createRedisSourceCache(options: RedisSourceCacheOptions): SourceCache {
  const { redis } = options;
  if (!redis || typeof redis.eval !== 'function') {
    throw new TypeError('[waypost] createRedisSourceCache needs a Redis client (`redis`) with `eval`');
  }
  const prefix = `${options.prefix ?? 'waypost:cache:'}{shared}:`;
  return {
    async get(key) {
      const value = await redis.eval(getScript, 1, `${prefix}k:${key}`);
      return typeof value === 'string' ? value : undefined;
    },
    async set(key, text, ttlMs, tags) {
      const keys = [`${prefix}k:${key}`, `${prefix}l:${key}`, ...tags.map((tag) => `${prefix}t:${tag}`)];
      await redis.eval(setScript, keys.length, ...keys, text, Math.max(1, Math.round(ttlMs)));
    },
    async invalidate(tag) {
      await redis.eval(invalidateScript, 1, `${prefix}t:${tag}`);
    },
    async getTagged(tag) {
      const flat = await redis.eval(getTaggedScript, 1, `${prefix}t:${tag}`);
      const found: Array<{ key: string; text: string }> = [];
      if (!Array.isArray(flat)) return found;
      const entryPrefix = `${prefix}k:`;
      for (let index = 0; index + 1 < flat.length; index += 2) {
        const [key, text] = [flat[index], flat[index + 1]];
        if (typeof key === 'string' && key.startsWith(entryPrefix) && typeof text === 'string') {
          found.push({ key: key.slice(entryPrefix.length), text });
        }
      }
      return found;
    },
    async claim(key, ttlMs) {
      const keys = [`${prefix}l:${key}`, `${prefix}k:${key}`];
      return Number(await redis.eval(claimScript, 2, ...keys, Math.max(1, Math.round(ttlMs)))) === 1;
    },
  };
}
