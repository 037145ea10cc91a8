import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../model/LookupResult.js';
import { createRedisPushHub } from '../createRedisPushHub.js';
import { testShipment } from './createTestSource.js';
import { redisSkipMessage, startRedis } from './startRedis.js';

const redis = await startRedis();
if (!redis) console.warn(redisSkipMessage);

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 3_000) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.skipIf(!redis)('createRedisPushHub', () => {
  afterAll(() => redis?.stop());

  function createHub(channel: string, onError?: (error: unknown) => void) {
    const client = redis!.connect();
    return createRedisPushHub({
      redis: client,
      subscriber: client.duplicate(),
      channel,
      ...(onError ? { onError } : {}),
    });
  }

  it('delivers a published shipment to the watches of every hub on the channel, once each', async () => {
    const channel = `test:${randomUUID()}`;
    const hubs = [createHub(channel), createHub(channel)];
    await Promise.all(hubs.map((hub) => hub.ready));
    const seen: Resource[][] = [[], []];
    const initial: Resource = { kind: 'shipment', shipment: testShipment() };
    for (const [index, hub] of hubs.entries()) hub.watch(initial, (resource) => seen[index]!.push(resource));
    // A later state of the parcel: a stream keeps the freshest state it has seen.
    const later = { kind: 'instant', utc: '2024-11-21T09:00:00.000Z', raw: '2024-11-21T09:00:00Z' } as const;
    await hubs[0]!.publish({ ...testShipment(), carrier: { code: 'ups', name: 'UPS Ground' }, updatedAt: later });
    await until(() => seen[0]!.length === 1 && seen[1]!.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.map((list) => list.length)).toEqual([1, 1]);
    const [update] = seen[1]!;
    expect(update?.kind === 'shipment' && update.shipment.carrier.name).toBe('UPS Ground');
    await Promise.all(hubs.map((hub) => hub.close()));
  });

  it('drops a message that is not a valid update and reports it', async () => {
    const channel = `test:${randomUUID()}`;
    const errors: unknown[] = [];
    const hub = createHub(channel, (error) => errors.push(error));
    await hub.ready;
    const seen: Resource[] = [];
    hub.watch({ kind: 'shipment', shipment: testShipment() }, (resource) => seen.push(resource));
    const publisher = redis!.connect();
    await publisher.publish(channel, 'not json');
    await publisher.publish(channel, JSON.stringify({ v: 1, shipment: { trackingNumber: '1Z999AA10123456784' } }));
    await until(() => errors.length === 2);
    expect(seen).toEqual([]);
    await hub.close();
  });
});
