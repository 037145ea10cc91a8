import { describe, expect, it } from 'vitest';
import { createCachedSource } from '../createCachedSource.js';
import { createMemorySourceCache } from '../createMemorySourceCache.js';
import { getTrackingTag } from '../getTrackingTag.js';
import { readCachedRecord } from '../readCachedRecord.js';
import { createTestSource, testShipment } from './createTestSource.js';

describe('readCachedRecord', () => {
  it('reads every kind of entry the source cache writes as the record it holds', async () => {
    const store = createMemorySourceCache();
    const source = createCachedSource(createTestSource(), { store, ttlMs: 60_000 });
    const { trackingNumber } = testShipment();
    await source.get('order', 'ord_1', {});
    await source.findOrder!('W1001', {});
    await source.findShipment!({ trackingNumber }, {});
    const entries = await store.getTagged!(getTrackingTag(trackingNumber));
    const read = entries.map(({ key, text }) => {
      const record = readCachedRecord(key, text);
      const shipment =
        record?.kind === 'order' ? record.order.shipments[0] : record?.kind === 'shipment' ? record.shipment : null;
      return `${key.split(':')[0]} ${record?.kind} ${shipment?.trackingNumber}`;
    });
    expect(read.sort()).toEqual([
      `get order ${trackingNumber}`,
      `order order ${trackingNumber}`,
      `shipment shipment ${trackingNumber}`,
    ]);
  });

  it('reads a cached miss as null, and refuses text that is not a record or a key it does not know', () => {
    expect(readCachedRecord('get:test:order:ord_404:', 'null')).toBeNull();
    expect(() => readCachedRecord('get:test:order:ord_1:', '{"kind":"order","order":{"id":42}}')).toThrow(
      /cached record/,
    );
    expect(() => readCachedRecord('other:key', '{}')).toThrow(TypeError);
  });
});
