import { afterAll, describe, expect, it } from 'vitest';
import type { RedisClient } from '../../RedisClient.js';
import { createRedisSubscriptionStore } from '../createRedisSubscriptionStore.js';
import {
  describeSubscriptionStore,
  sampleEntry,
  sampleParcel,
  sampleSubscription,
} from './describeSubscriptionStore.js';
import { redisClusterSkipMessage, startRedisClusterNode } from './startRedisClusterNode.js';

const prefix = '{waypost-cluster-test}:';

// What decides a key's Cluster slot: the text of its first non-empty `{…}`, else the whole key.
function getHashTag(key: string): string {
  const open = key.indexOf('{');
  const close = open === -1 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : key;
}

// Every method once, in an order that leaves something for each to find.
async function callEveryMethod(store: ReturnType<typeof createRedisSubscriptionStore>) {
  await store.add(sampleSubscription, [sampleParcel]);
  await store.get('sub_1');
  await store.findByTrackingKey('1Z999');
  await store.findByRecord('order', 'ord_1');
  await store.saveParcel('sub_1', { ...sampleParcel, trackingKey: '1Z888' });
  await store.enqueue(sampleEntry('msg_1', 'k1'));
  const [claimed] = await store.claimDue(0, 10, 60_000);
  await store.update({ ...(claimed ?? sampleEntry('msg_1', 'k1')), status: 'sent' });
  await store.listEntries('sub_1');
  await store.unsubscribe('sub_1', 1);
}

describe('createRedisSubscriptionStore on Redis Cluster', () => {
  it('declares in every script a key of the prefix’s slot, so a Cluster client sends it to that slot’s node', async () => {
    const calls: Array<{ numKeys: number; keys: string[] }> = [];
    const redis: RedisClient = {
      async eval(_script, numKeys, ...args) {
        calls.push({ numKeys, keys: args.slice(0, numKeys).map(String) });
        // Empty answers of the shapes the store expects: this client only records where each call would go.
        return numKeys > 0 && String(args[0]).endsWith('sub:sub_1') ? null : [];
      },
      publish: async () => 0,
    };
    await callEveryMethod(createRedisSubscriptionStore({ redis, prefix }));
    expect(calls).toHaveLength(10);
    for (const { numKeys, keys } of calls) {
      expect(numKeys).toBeGreaterThanOrEqual(1);
      for (const key of keys) {
        expect(key.startsWith(prefix)).toBe(true);
        expect(getHashTag(key)).toBe('waypost-cluster-test');
      }
    }
  });
});

const node = await startRedisClusterNode(`${prefix}seq`);
if (!node) console.warn(redisClusterSkipMessage);

if (node) {
  // The node serves the prefix's slot alone, so a script that builds a key of another slot fails these.
  describeSubscriptionStore('createRedisSubscriptionStore on a Cluster node', async () => {
    const redis = node.connect();
    await redis.flushall();
    return createRedisSubscriptionStore({ redis, prefix });
  });
}

describe.skipIf(!node)('createRedisSubscriptionStore on a Cluster node', () => {
  afterAll(() => node?.stop());

  it('runs every method without touching a key outside the prefix’s slot', async () => {
    const redis = node!.connect();
    await redis.flushall();
    await expect(callEveryMethod(createRedisSubscriptionStore({ redis, prefix }))).resolves.toBeUndefined();
    expect(await redis.keys('*')).not.toHaveLength(0);
    expect((await redis.keys('*')).every((key) => key.startsWith(prefix))).toBe(true);
  });
});
