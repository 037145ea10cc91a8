// The Lua scripts of `createRedisSubscriptionStore`. Each runs atomically in one round trip. KEYS[1] is the key the
// method is about, declared so that a Redis Cluster client sends the script to the node that holds its slot; ARGV[1]
// is always the key prefix, which carries a hash tag, so the keys a script builds from it live on that same slot.
// The doc line of each names its arguments: the declared key in brackets, then ARGV.
// Keys: sub:<id> (JSON), record:<kind>:<id> and tracking:<key> (sorted sets of active subscription ids by creation),
// parcels:<sub> (hash of tracking key → JSON), entry:<id> (JSON), entries:<sub> (sorted set by insertion),
// dedupe (set), due (sorted set of pending entry ids by next attempt), lease (hash of entry id → until), seq.

/** The Lua scripts of `createRedisSubscriptionStore`, by the store method that runs each. */
export const redisSubscriptionScripts = {
  /** add([sub:<id>], prefix, subscription JSON, id, kind, recordId, createdAt, ...trackingKey, parcel JSON) */
  add: `
local p, id, created = ARGV[1], ARGV[3], ARGV[6]
redis.call('SET', KEYS[1], ARGV[2])
redis.call('ZADD', p .. 'record:' .. ARGV[4] .. ':' .. ARGV[5], created, id)
for i = 7, #ARGV, 2 do
  redis.call('HSET', p .. 'parcels:' .. id, ARGV[i], ARGV[i + 1])
  redis.call('ZADD', p .. 'tracking:' .. ARGV[i], created, id)
end
return 1
`,

  /** unsubscribe([sub:<id>], prefix, id, at): stamps the opt-in once and takes it out of the indexes. */
  unsubscribe: `
local p, id = ARGV[1], ARGV[2]
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local sub = cjson.decode(raw)
if sub.unsubscribedAt ~= cjson.null then return 0 end
sub.unsubscribedAt = tonumber(ARGV[3])
redis.call('SET', KEYS[1], cjson.encode(sub))
redis.call('ZREM', p .. 'record:' .. sub.kind .. ':' .. sub.recordId, id)
for _, key in ipairs(redis.call('HKEYS', p .. 'parcels:' .. id)) do
  redis.call('ZREM', p .. 'tracking:' .. key, id)
end
return 1
`,

  /** findByTrackingKey([tracking:<key>], prefix, trackingKey) → [subscription JSON, parcel JSON, …] */
  findByTracking: `
local p, key = ARGV[1], ARGV[2]
local out = {}
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local sub = redis.call('GET', p .. 'sub:' .. id)
  local parcel = redis.call('HGET', p .. 'parcels:' .. id, key)
  if sub and parcel then
    out[#out + 1] = sub
    out[#out + 1] = parcel
  end
end
return out
`,

  /**
   * findByRecord([record:<kind>:<id>], prefix, kind, recordId)
   * → [subscription JSON, [tracking key, parcel JSON, …], …]
   */
  findByRecord: `
local p = ARGV[1]
local out = {}
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local sub = redis.call('GET', p .. 'sub:' .. id)
  if sub then
    out[#out + 1] = sub
    out[#out + 1] = redis.call('HGETALL', p .. 'parcels:' .. id)
  end
end
return out
`,

  /**
   * saveParcel([parcels:<sub>], prefix, subscriptionId, trackingKey, parcel JSON): indexes a parcel new to an
   * active opt-in.
   */
  saveParcel: `
local p, id, key = ARGV[1], ARGV[2], ARGV[3]
redis.call('HSET', KEYS[1], key, ARGV[4])
local raw = redis.call('GET', p .. 'sub:' .. id)
if raw then
  local sub = cjson.decode(raw)
  if sub.unsubscribedAt == cjson.null then redis.call('ZADD', p .. 'tracking:' .. key, sub.createdAt, id) end
end
return 1
`,

  /**
   * enqueue([dedupe], prefix, entry JSON, id, subscriptionId, dedupeKey, status, nextAttemptAt)
   * → 1, or 0 for a seen key
   */
  enqueue: `
local p, id = ARGV[1], ARGV[3]
if redis.call('SADD', KEYS[1], ARGV[5]) == 0 then return 0 end
redis.call('SET', p .. 'entry:' .. id, ARGV[2])
redis.call('ZADD', p .. 'entries:' .. ARGV[4], redis.call('INCR', p .. 'seq'), id)
if ARGV[6] == 'pending' then redis.call('ZADD', p .. 'due', ARGV[7], id) end
return 1
`,

  /**
   * claimDue([due], prefix, now, limit, leaseMs)
   * → [entry JSON, …], oldest due first, each leased until now + leaseMs
   */
  claimDue: `
local p, now, limit = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local out = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)) do
  if #out >= limit then break end
  local leased = tonumber(redis.call('HGET', p .. 'lease', id) or '0')
  if leased <= now then
    redis.call('HSET', p .. 'lease', id, now + tonumber(ARGV[4]))
    out[#out + 1] = redis.call('GET', p .. 'entry:' .. id)
  end
end
return out
`,

  /** update([entry:<id>], prefix, entry JSON, id, status, nextAttemptAt): records an attempt and releases the lease. */
  update: `
local p, id = ARGV[1], ARGV[3]
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('HDEL', p .. 'lease', id)
if ARGV[4] == 'pending' then redis.call('ZADD', p .. 'due', ARGV[5], id) else redis.call('ZREM', p .. 'due', id) end
return 1
`,

  /** listEntries([entries:<sub>], prefix, subscriptionId) → [entry JSON, …] in the order they were queued */
  listEntries: `
local p = ARGV[1]
local out = {}
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  out[#out + 1] = redis.call('GET', p .. 'entry:' .. id)
end
return out
`,

  /** get([sub:<id>], prefix, id) → subscription JSON or nil */
  get: `return redis.call('GET', KEYS[1])`,
} as const;
