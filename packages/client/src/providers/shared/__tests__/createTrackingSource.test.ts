import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../errors/NotFoundError.js';
import type { Shipment } from '../../../model/Shipment.js';
import { createShipmentId } from '../createShipmentId.js';
import { createTrackingSource, type TrackingQuery } from '../createTrackingSource.js';

function shipment(query: TrackingQuery): Shipment {
  return {
    id: createShipmentId('acme', query.carrier, query.trackingNumber),
    direction: 'outbound',
    carrier: { code: query.carrier ?? 'unknown', name: 'X' },
    trackingNumber: query.trackingNumber,
    status: { milestone: 'in_transit', exception: null, actionRequired: false, raw: { provider: 'acme', status: 'x' } },
    eta: null,
    events: [],
    itemIds: [],
  };
}

describe('createTrackingSource', () => {
  const queries: TrackingQuery[] = [];
  const source = createTrackingSource({
    name: 'acme',
    async fetchTracking(query) {
      queries.push(query);
      if (query.trackingNumber === 'GONE') throw new NotFoundError('gone');
      return query.trackingNumber === 'NONE' ? null : shipment(query);
    },
  });

  it('finds a shipment by its tracking number as typed (spaced, lower case) and its carrier', async () => {
    const found = await source.findShipment?.({ trackingNumber: ' 1z9 8 ', carrier: 'ups' }, {});
    expect(found?.trackingNumber).toBe('1Z98');
    expect(queries.at(-1)).toEqual({ trackingNumber: '1Z98', carrier: 'ups' });
  });

  it('reads a shipment back by the id its normalizer made', async () => {
    const id = createShipmentId('acme', 'ups', '1Z9');
    expect(await source.get('shipment', id, {})).toEqual({
      kind: 'shipment',
      shipment: shipment({ trackingNumber: '1Z9', carrier: 'ups' }),
    });
  });

  it('answers null for unknown parcels, foreign ids and other kinds', async () => {
    expect(await source.findShipment?.({ trackingNumber: 'GONE' }, {})).toBeNull();
    expect(await source.findShipment?.({ trackingNumber: '   ' }, {})).toBeNull();
    expect(await source.get('shipment', createShipmentId('acme', '', 'NONE'), {})).toBeNull();
    expect(await source.get('shipment', 'other:ups:1Z9', {})).toBeNull();
    expect(await source.get('order', 'o_1', {})).toBeNull();
  });

  it('lets other errors through', async () => {
    const failing = createTrackingSource({ name: 'acme', fetchTracking: () => Promise.reject(new Error('boom')) });
    await expect(failing.findShipment?.({ trackingNumber: '1' }, {})).rejects.toThrow('boom');
  });
});
