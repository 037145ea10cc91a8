import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../createHandler.js';
import { createRedisRateLimitStore } from '../createRedisRateLimitStore.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { postJson } from './requests.js';
import { redisSkipMessage, startRedis, type TestRedis } from './startRedis.js';

const redis = await startRedis();
if (!redis) console.warn(redisSkipMessage);

describe.skipIf(!redis)('createRedisRateLimitStore', () => {
  let server: TestRedis;
  beforeAll(() => {
    server = redis!;
  });
  afterAll(() => server.stop());
  const prefix = () => `test:${randomUUID()}:`;

  it('counts the current window and reports the previous one', async () => {
    const store = createRedisRateLimitStore({ redis: server.connect(), prefix: prefix() });
    expect(await store.hit('waypost:lookup:a', 60_000, 60_000)).toEqual({ count: 1, previous: 0, resetAt: 120_000 });
    expect((await store.hit('waypost:lookup:a', 60_000, 61_000)).count).toBe(2);
    expect(await store.hit('waypost:lookup:a', 60_000, 125_000)).toEqual({ count: 1, previous: 2, resetAt: 180_000 });
  });

  it('expires a window once the next one is over', async () => {
    const client = server.connect();
    const keyPrefix = prefix();
    const store = createRedisRateLimitStore({ redis: client, prefix: keyPrefix });
    await store.hit('k', 1_000, 5_000);
    const ttl = await client.pttl(`${keyPrefix}{k}:5`);
    expect(ttl).toBeGreaterThan(1_000);
    expect(ttl).toBeLessThanOrEqual(2_000);
  });

  it('gives a client one budget across two handler instances', async () => {
    const keyPrefix = prefix();
    const instances = [0, 1].map(() =>
      createHandler({
        source: createTestSource(),
        secret: testSecret,
        clientAddressHeader: 'cf-connecting-ip',
        rateLimit: {
          store: createRedisRateLimitStore({ redis: server.connect(), prefix: keyPrefix }),
          lookup: { limit: 4, windowMs: 60_000 },
        },
      }),
    );
    const wrong = { orderNumber: 'W1001', email: 'guess@example.com' };
    const statuses: number[] = [];
    for (let index = 0; index < 6; index += 1) {
      const handler = instances[index % 2]!;
      statuses.push((await handler(postJson('/lookup', wrong, { 'CF-Connecting-IP': '203.0.113.1' }))).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('counts concurrent hits exactly', async () => {
    const store = createRedisRateLimitStore({ redis: server.connect(), prefix: prefix() });
    const hits = await Promise.all(Array.from({ length: 50 }, () => store.hit('burst', 60_000, 0)));
    expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });
});
