import { isInvalidResponseError } from '../errors/InvalidResponseError.js';
import { parseModel } from '../model/parseModel.js';
import type { Shipment } from '../model/Shipment.js';
import { shipmentSchema } from '../model/schemas/shipmentSchema.js';
import { createPushHub, type PushHub } from './createPushHub.js';
import type { RedisClient, RedisSubscriber } from './RedisClient.js';

/** Options of `createRedisPushHub`. */
export interface RedisPushHubOptions {
  /** A connected client that publishes, such as `new Redis(process.env.REDIS_URL)` from `ioredis`. */
  redis: RedisClient;
  /** A second connection, used only to subscribe (with ioredis: `redis.duplicate()`). */
  subscriber: RedisSubscriber;
  /**
   * The pub/sub channel; every instance of one shop must use the same.
   * @default 'waypost:push'
   * @example 'shop-eu:push'
   */
  channel?: string;
  /**
   * Called with a message on the channel that is not a valid update (it is dropped).
   * @default logs with console.error
   * @example (error) => Sentry.captureException(error)
   */
  onError?: (error: unknown) => void;
}

/** A push hub on Redis pub/sub, with its connection's lifecycle. */
export interface RedisPushHub extends PushHub {
  /** Resolves once the channel is subscribed: before that, updates from other instances are missed. */
  readonly ready: Promise<void>;
  /** Unsubscribes; the connections stay yours to close. */
  close(): Promise<void>;
}

/**
 * A push hub shared by every instance of the handler through Redis pub/sub: a webhook verified by any instance
 * reaches the event streams held by all of them. `publish` sends the shipment to the channel (even this instance
 * hears it from there, so each stream gets it exactly once); each instance validates what arrives against the
 * model before it touches a stream, and drops anything else.
 *
 * @example
 * import Redis from 'ioredis'
 * const redis = new Redis(process.env.REDIS_URL)
 * const push = createRedisPushHub({ redis, subscriber: redis.duplicate() })
 * await push.ready
 * createHandler({ source, secret, push, webhooks: { aftership: { secret: process.env.AFTERSHIP_WEBHOOK_SECRET } } })
 */
export function createRedisPushHub(options: RedisPushHubOptions): RedisPushHub {
  const { redis, subscriber } = options;
  if (!redis || typeof redis.publish !== 'function' || !subscriber || typeof subscriber.subscribe !== 'function') {
    throw new TypeError('[waypost] createRedisPushHub needs `redis` and a separate `subscriber` connection');
  }
  const channel = options.channel ?? 'waypost:push';
  const report = options.onError ?? ((error: unknown) => console.error('[waypost] a push message was dropped', error));
  const local = createPushHub();
  const onMessage = (from: string, message: string) => {
    if (from !== channel) return;
    let shipment: Shipment;
    try {
      const envelope = JSON.parse(message) as { v?: unknown; shipment?: unknown } | null;
      shipment = parseModel(shipmentSchema, envelope?.v === 1 ? envelope.shipment : undefined, `${channel} message`);
    } catch (error) {
      report(isInvalidResponseError(error) ? error : new TypeError('[waypost] a push message is not JSON'));
      return;
    }
    void local.publish(shipment);
  };
  subscriber.on('message', onMessage);
  const ready = subscriber.subscribe(channel).then(() => undefined);
  return {
    ready,
    get size() {
      return local.size;
    },
    async publish(shipment) {
      await redis.publish(channel, JSON.stringify({ v: 1, shipment }));
    },
    watch: (resource, listener) => local.watch(resource, listener),
    async close() {
      subscriber.off('message', onMessage);
      await subscriber.unsubscribe(channel);
    },
  };
}
