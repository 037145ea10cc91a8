import { describe, expect, it } from 'vitest';
import { createCachedSource } from '../createCachedSource.js';
import { createMemorySourceCache } from '../createMemorySourceCache.js';
import type { SourceCache } from '../SourceCache.js';
import { serializeResource } from '../serializeResource.js';
import { unchangingResources } from '../unchangingResources.js';
import { countCalls } from './countCalls.js';
import { createTestSource } from './createTestSource.js';

function setup(store?: SourceCache) {
  const clock = { now: 0 };
  const tally = { calls: 0 };
  const cache = store ?? createMemorySourceCache({ now: () => clock.now });
  const source = createCachedSource(countCalls(createTestSource(), tally), { store: cache, ttlMs: 1_000 });
  return { clock, tally, cache, source };
}

describe('createCachedSource', () => {
  it('asks the source once per key and TTL, however many callers read it at once', async () => {
    const { clock, tally, source } = setup();
    const reads = await Promise.all(Array.from({ length: 20 }, () => source.get('order', 'ord_1', {})));
    expect(new Set(reads.map((read) => JSON.stringify(read))).size).toBe(1);
    await source.get('order', 'ord_1', {});
    expect(tally.calls).toBe(1);
    clock.now += 1_001;
    await source.get('order', 'ord_1', {});
    expect(tally.calls).toBe(2);
  });

  it('hands every reader of an unchanged entry one frozen record, which reads serialize once', async () => {
    const { source } = setup();
    await source.get('order', 'ord_1', {});
    const [first, second] = await Promise.all([source.get('order', 'ord_1', {}), source.get('order', 'ord_1', {})]);
    expect(second).toBe(first);
    expect(unchangingResources.has(first!)).toBe(true);
    const order = first!.kind === 'order' ? first!.order : null;
    expect(() => {
      order!.shipments[0]!.trackingNumber = 'changed';
    }).toThrow(TypeError);
    expect(await serializeResource(first!)).toBe(await serializeResource(second!));
  });

  it('forgets every answer showing a parcel when its tracking number is invalidated', async () => {
    const { tally, cache, source } = setup();
    await source.get('order', 'ord_1', {});
    await source.findOrder!('W1001', {});
    await source.get('order', 'ord_2', {});
    await cache.invalidate('t:1Z999AA10123456784');
    await source.get('order', 'ord_1', {});
    await source.findOrder!('W1001', {});
    await source.get('order', 'ord_2', {});
    expect(tally.calls).toBe(5);
  });

  it('keeps the contact a lookup verifies against, and caches a miss too', async () => {
    const { tally, source } = setup();
    await source.findOrder!('W1001', {});
    expect((await source.findOrder!('w1001', {}))?.contact).toEqual({
      email: 'shopper@example.com',
      postalCode: '94107',
    });
    expect(await source.get('order', 'ord_404', {})).toBeNull();
    expect(await source.get('order', 'ord_404', {})).toBeNull();
    expect(tally.calls).toBe(2);
  });

  it('treats an entry that is not a valid record as a miss', async () => {
    const store = createMemorySourceCache();
    const { tally, source } = setup(store);
    await store.set('get:test:order:ord_1:', JSON.stringify({ kind: 'order', order: { id: 42 } }), 60_000, []);
    const read = await source.get('order', 'ord_1', {});
    expect(read?.kind === 'order' && read.order.id).toBe('ord_1');
    expect(tally.calls).toBe(1);
  });

  it('reads through to the source when the store fails', async () => {
    const failing: SourceCache = {
      get: () => Promise.reject(new Error('down')),
      set: () => Promise.reject(new Error('down')),
      invalidate: () => Promise.reject(new Error('down')),
    };
    const { tally, source } = setup(failing);
    expect((await source.get('order', 'ord_1', {}))?.kind).toBe('order');
    expect(tally.calls).toBe(1);
  });
});
