import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { redisSkipMessage, startRedis } from '../../__tests__/startRedis.js';
import { createRedisSubscriptionStore } from '../createRedisSubscriptionStore.js';
import {
  describeSubscriptionStore,
  sampleEntry,
  sampleParcel,
  sampleSubscription,
} from './describeSubscriptionStore.js';

const redis = await startRedis();
if (!redis) console.warn(redisSkipMessage);
// Each test gets its own key space on the shared server.
const fresh = () => `{waypost-test:${randomUUID()}}:`;

if (redis) {
  describeSubscriptionStore('createRedisSubscriptionStore', async () =>
    createRedisSubscriptionStore({ redis: redis.connect(), prefix: fresh() }),
  );
}

describe.skipIf(!redis)('createRedisSubscriptionStore', () => {
  afterAll(() => redis?.stop());

  it('shares opt-ins and the outbox between processes, and a restart keeps them', async () => {
    const prefix = fresh();
    const one = createRedisSubscriptionStore({ redis: redis!.connect(), prefix });
    await one.add(sampleSubscription, [sampleParcel]);
    await one.enqueue(sampleEntry('msg_1', 'k1'));
    await one.close();
    const other = createRedisSubscriptionStore({ redis: redis!.connect(), prefix });
    expect(await other.get('sub_1')).toEqual(sampleSubscription);
    expect(await other.findByTrackingKey('1Z999')).toEqual([
      { subscription: sampleSubscription, parcel: sampleParcel },
    ]);
    expect(await other.enqueue(sampleEntry('msg_2', 'k1'))).toBe(false);
    expect(await other.listEntries('sub_1')).toEqual([sampleEntry('msg_1', 'k1')]);
  });

  it('hands each due entry to exactly one of several workers claiming at once', async () => {
    const prefix = fresh();
    const setup = createRedisSubscriptionStore({ redis: redis!.connect(), prefix });
    for (let index = 0; index < 40; index += 1) await setup.enqueue(sampleEntry(`msg_${index}`, `k${index}`));
    const workers = Array.from({ length: 4 }, () => createRedisSubscriptionStore({ redis: redis!.connect(), prefix }));
    const claimed = await Promise.all(workers.map((worker) => worker.claimDue(0, 15, 60_000)));
    const ids = claimed.flat().map((entry) => entry.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });

  it('reads opt-ins, parcels and entries kept under the documented key names', async () => {
    const prefix = fresh();
    const raw = redis!.connect();
    const entry = sampleEntry('msg_1', 'k1');
    await raw.set(`${prefix}sub:sub_1`, JSON.stringify(sampleSubscription));
    await raw.zadd(`${prefix}record:order:ord_1`, sampleSubscription.createdAt, 'sub_1');
    await raw.zadd(`${prefix}tracking:1Z999`, sampleSubscription.createdAt, 'sub_1');
    await raw.hset(`${prefix}parcels:sub_1`, '1Z999', JSON.stringify(sampleParcel));
    await raw.set(`${prefix}entry:msg_1`, JSON.stringify(entry));
    await raw.zadd(`${prefix}entries:sub_1`, 1, 'msg_1');
    await raw.sadd(`${prefix}dedupe`, 'k1');
    await raw.zadd(`${prefix}due`, 0, 'msg_1');
    await raw.set(`${prefix}seq`, 1);
    const store = createRedisSubscriptionStore({ redis: raw, prefix });
    expect(await store.get('sub_1')).toEqual(sampleSubscription);
    expect(await store.findByTrackingKey('1Z999')).toEqual([
      { subscription: sampleSubscription, parcel: sampleParcel },
    ]);
    expect(await store.findByRecord('order', 'ord_1')).toEqual([
      { subscription: sampleSubscription, parcels: [sampleParcel] },
    ]);
    expect(await store.enqueue(sampleEntry('msg_2', 'k1'))).toBe(false);
    expect(await store.claimDue(0, 10, 60_000)).toEqual([entry]);
    await store.enqueue(sampleEntry('msg_3', 'k3'));
    expect(await raw.zrange(`${prefix}entries:sub_1`, 0, -1, 'WITHSCORES')).toEqual(['msg_1', '1', 'msg_3', '2']);
  });

  it('refuses to start without a Redis client', () => {
    expect(() => createRedisSubscriptionStore({} as never)).toThrow(/needs a Redis client/);
  });
});
