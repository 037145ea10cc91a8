import type { RedisClient } from '../RedisClient.js';
import type { OutboxEntry } from './OutboxEntry.js';
import type { ParcelState } from './ParcelState.js';
import { redisSubscriptionScripts as scripts } from './redisSubscriptionScripts.js';
import type { StoredSubscription } from './StoredSubscription.js';
import type { SubscriptionStore } from './SubscriptionStore.js';

/** Options of `createRedisSubscriptionStore`. */
export interface RedisSubscriptionStoreOptions {
  /** A connected client, such as `new Redis(process.env.REDIS_URL)` from `ioredis`. */
  redis: RedisClient;
  /**
   * Prepended to every key. Keep a `{…}` hash tag in it: the scripts touch several keys at once, which Redis Cluster
   * allows only on one slot.
   * @default '{waypost:alerts}:'
   * @example '{shop-eu:alerts}:'
   */
  prefix?: string;
}

const unexpected = () =>
  new TypeError('[waypost] Redis answered a subscription-store script with something unexpected');
const asStrings = (reply: unknown): string[] => {
  if (!Array.isArray(reply) || reply.some((item) => typeof item !== 'string')) throw unexpected();
  return reply as string[];
};
const parse = <T>(json: string): T => JSON.parse(json) as T;

/**
 * A subscription store on Redis, shared by every process that runs the notifier: opt-ins, the parcels each follows
 * and the outbox live in Redis, and every method is one `EVAL` of a Lua script, so it is atomic. `claimDue` leases
 * what it hands out, so two workers never send one message twice; a dedupe key is queued once, however many
 * instances receive the same webhook. Waypost never imports a Redis client: pass yours (ioredis ≥ 5). Keys do not
 * expire; `close` leaves your client open.
 *
 * @example
 * import Redis from 'ioredis'
 * const store = createRedisSubscriptionStore({ redis: new Redis(process.env.REDIS_URL) })
 * const notifier = createNotifier({ store, secret, publicUrl, channels: { email } })
 */
export function createRedisSubscriptionStore(options: RedisSubscriptionStoreOptions): SubscriptionStore {
  const { redis } = options ?? {};
  if (!redis || typeof redis.eval !== 'function') {
    throw new TypeError('[waypost] createRedisSubscriptionStore needs a Redis client (`redis`) with `eval`');
  }
  const prefix = options.prefix ?? '{waypost:alerts}:';
  // Each script declares the key it is about, so a Cluster client routes it to that key's slot (a script that
  // declares none goes to any node); the other keys it builds from the prefix share the slot through the hash tag.
  const run = (script: string, key: string, ...args: Array<string | number>) =>
    redis.eval(script, 1, prefix + key, prefix, ...args);

  return {
    async add(subscription, parcels) {
      await run(
        scripts.add,
        `sub:${subscription.id}`,
        JSON.stringify(subscription),
        subscription.id,
        subscription.kind,
        subscription.recordId,
        subscription.createdAt,
        ...parcels.flatMap((parcel) => [parcel.trackingKey, JSON.stringify(parcel)]),
      );
    },
    async get(id) {
      const json = await run(scripts.get, `sub:${id}`, id);
      return typeof json === 'string' ? parse<StoredSubscription>(json) : null;
    },
    async unsubscribe(id, at) {
      await run(scripts.unsubscribe, `sub:${id}`, id, at);
    },
    async findByTrackingKey(trackingKey) {
      const flat = asStrings(await run(scripts.findByTracking, `tracking:${trackingKey}`, trackingKey));
      const found = [];
      for (let index = 0; index < flat.length; index += 2) {
        const subscription = parse<StoredSubscription>(flat[index] as string);
        if (subscription.unsubscribedAt === null) {
          found.push({ subscription, parcel: parse<ParcelState>(flat[index + 1] as string) });
        }
      }
      return found;
    },
    async findByRecord(kind, recordId) {
      const flat = await run(scripts.findByRecord, `record:${kind}:${recordId}`, kind, recordId);
      if (!Array.isArray(flat)) throw unexpected();
      const found = [];
      for (let index = 0; index < flat.length; index += 2) {
        const subscription = parse<StoredSubscription>(flat[index] as string);
        const pairs = asStrings(flat[index + 1]);
        const parcels: ParcelState[] = [];
        for (let pair = 1; pair < pairs.length; pair += 2) parcels.push(parse<ParcelState>(pairs[pair] as string));
        parcels.sort((a, b) => (a.trackingKey < b.trackingKey ? -1 : 1));
        if (subscription.unsubscribedAt === null) found.push({ subscription, parcels });
      }
      return found;
    },
    async saveParcel(subscriptionId, parcel) {
      await run(
        scripts.saveParcel,
        `parcels:${subscriptionId}`,
        subscriptionId,
        parcel.trackingKey,
        JSON.stringify(parcel),
      );
    },
    async enqueue(entry) {
      const added = await run(
        scripts.enqueue,
        'dedupe',
        JSON.stringify(entry),
        entry.id,
        entry.subscriptionId,
        entry.dedupeKey,
        entry.status,
        entry.nextAttemptAt,
      );
      return Number(added) === 1;
    },
    async claimDue(now, limit, leaseMs) {
      return asStrings(await run(scripts.claimDue, 'due', now, limit, leaseMs)).map((json) => parse<OutboxEntry>(json));
    },
    async update(entry) {
      await run(
        scripts.update,
        `entry:${entry.id}`,
        JSON.stringify(entry),
        entry.id,
        entry.status,
        entry.nextAttemptAt,
      );
    },
    async listEntries(subscriptionId) {
      return asStrings(await run(scripts.listEntries, `entries:${subscriptionId}`, subscriptionId)).map((json) =>
        parse<OutboxEntry>(json),
      );
    },
    async close() {},
  };
}
