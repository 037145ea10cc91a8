import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Shipment } from '../../model/Shipment.js';
import { normalizeAfterShipTracking } from '../../providers/aftership/normalizeAfterShipTracking.js';
import { createHandler } from '../createHandler.js';
import { createRedisSourceCache } from '../createRedisSourceCache.js';
import { countCalls } from './countCalls.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { hasSharedFixture, readSharedFixture } from './readSharedFixture.js';
import { getWithToken, postJson, readJson } from './requests.js';
import { signHmacBase64 } from './signHmacBase64.js';
import { redisSkipMessage, startRedis } from './startRedis.js';

const redis = await startRedis();
if (!redis) console.warn(redisSkipMessage);
const fixture = 'aftership/v4_node_02_get_tracking_delivered_ups.json';
const webhookSecret = 'aftership-webhook-secret';

const sign = (body: string) => signHmacBase64(body, webhookSecret);

describe.skipIf(!redis)('createRedisSourceCache', () => {
  afterAll(() => redis?.stop());

  // Two handler instances, each with its own copy of the source, sharing one cache on Redis.
  function setup(trackingNumber?: string, parcel: Partial<Shipment> = {}) {
    const tally = { calls: 0 };
    const prefix = `test:${randomUUID()}:`;
    const instances = [0, 1].map(() => {
      const source = createTestSource(['subscribe']);
      if (trackingNumber) source.orders.get('ord_1')!.shipments[0]!.trackingNumber = trackingNumber;
      Object.assign(source.orders.get('ord_1')!.shipments[0]!, parcel);
      return createHandler({
        source: countCalls(source, tally),
        secret: testSecret,
        rateLimit: false,
        cache: { store: createRedisSourceCache({ redis: redis!.connect(), prefix }), ttlMs: 60_000 },
        webhooks: { aftership: { secret: webhookSecret } },
      });
    });
    const [first, second] = instances as [(typeof instances)[0], (typeof instances)[0]];
    const lookup = async () =>
      (await readJson(await first(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' })))).access
        .token as string;
    const readFrom = (handler: typeof first, token: string) => handler(getWithToken('/orders/ord_1', token));
    return { tally, first, second, lookup, readFrom };
  }

  it('serves many shoppers on several instances with one source call per record and TTL', async () => {
    const { tally, first, second, lookup, readFrom } = setup();
    const token = await lookup();
    expect(tally.calls).toBe(1);
    const reads = await Promise.all(
      Array.from({ length: 20 }, (_, index) => readFrom(index % 2 ? first : second, token)),
    );
    expect(reads.every((response) => response.status === 200)).toBe(true);
    expect(new Set(reads.map((response) => response.headers.get('etag'))).size).toBe(1);
    expect(tally.calls).toBe(2);
  });

  it('grants no claim on an entry another instance has just stored', async () => {
    // The race: one instance misses, another stores the entry and releases its claim, then the first one claims.
    const prefix = `test:${randomUUID()}:`;
    const [first, second] = [0, 1].map(() => createRedisSourceCache({ redis: redis!.connect(), prefix }));
    expect(await first!.claim!('get:order:ord_1', 5_000)).toBe(true);
    await first!.set('get:order:ord_1', '{"kind":"order"}', 60_000, []);
    expect(await second!.claim!('get:order:ord_1', 5_000)).toBe(false);
    expect(await second!.get('get:order:ord_1')).toBe('{"kind":"order"}');
  });

  it('lists the live entries of a tag', async () => {
    const cache = createRedisSourceCache({ redis: redis!.connect(), prefix: `test:${randomUUID()}:` });
    await cache.set('get:order:ord_1', '{"kind":"order"}', 60_000, ['t:1Z999', 't:RET1']);
    await cache.set('order:W1001', '{"order":{}}', 60_000, ['t:1Z999']);
    await cache.set('get:order:ord_2', '{"kind":"order"}', 1, ['t:1Z999']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const listed = await cache.getTagged!('t:1Z999');
    expect(listed.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'get:order:ord_1', text: '{"kind":"order"}' },
      { key: 'order:W1001', text: '{"order":{}}' },
    ]);
    expect(await cache.getTagged!('t:NONE')).toEqual([]);
  });

  it.skipIf(!hasSharedFixture(fixture))(
    'keeps the shared cache when a webhook replays the state its record shows',
    async () => {
      const response = readSharedFixture(fixture) as { data: { tracking: { tracking_number: string } } };
      const tracking = response.data.tracking;
      // The store's copy of the parcel is the one AfterShip tracks, as it stands.
      const { id: _id, itemIds: _items, direction: _direction, ...tracked } = normalizeAfterShipTracking(response);
      const { tally, first, second, lookup, readFrom } = setup(tracking.tracking_number, tracked);
      const token = await lookup();
      await readFrom(first, token);
      const before = tally.calls;
      const body = JSON.stringify({ event: 'tracking_update', msg: tracking, ts: 1_700_000_000 });
      const replayed = await second(
        postJson('/webhooks/aftership', body, { 'aftership-hmac-sha256': await sign(body) }),
      );
      expect(replayed.status).toBe(200);
      await readFrom(first, token);
      expect(tally.calls).toBe(before);
    },
  );

  it.skipIf(!hasSharedFixture(fixture))(
    'forgets the cached record when a webhook about its parcel arrives',
    async () => {
      const tracking = (readSharedFixture(fixture) as { data: { tracking: { tracking_number: string } } }).data
        .tracking;
      // The store's copy of the parcel: shipped, without scans (the test source's own scan is dated after the
      // recorded tracking, which would make the webhook stale and leave the cache as it is).
      const { tally, first, second, lookup, readFrom } = setup(tracking.tracking_number, { events: [] });
      const token = await lookup();
      await readFrom(first, token);
      await readFrom(second, token);
      const before = tally.calls;
      const body = JSON.stringify({ event: 'tracking_update', msg: tracking, ts: 1_700_000_000 });
      const delivered = await second(
        postJson('/webhooks/aftership', body, { 'aftership-hmac-sha256': await sign(body) }),
      );
      expect(delivered.status).toBe(200);
      await readFrom(first, token);
      expect(tally.calls).toBe(before + 1);
    },
  );
});
