import type { LookupResult } from '@waypost/client';
import { describe, expect, it } from 'vitest';
import { sampleOrderResult, sampleShipment } from '../../__tests__/sampleResult.js';
import { sampleExchange, sampleReturn } from '../../__tests__/sampleReturns.js';
import { getOrderLine } from '../getOrderLine.js';

const withStatus = (status: Extract<LookupResult, { kind: 'order' }>['order']['status']): LookupResult => {
  const result = sampleOrderResult() as Extract<LookupResult, { kind: 'order' }>;
  return { ...result, order: { ...result.order, status } };
};

describe('getOrderLine', () => {
  it('reads an order’s number, milestone label and placed date', () => {
    const result = sampleOrderResult() as Extract<LookupResult, { kind: 'order' }>;
    expect(getOrderLine(result)).toEqual({
      number: 'W1001',
      status: 'milestone.in_transit',
      date: result.order.placedAt,
    });
  });

  it('says "Delayed" for a late parcel, as its view does, "Ready for pickup", and "Needs your attention" otherwise', () => {
    expect(getOrderLine(withStatus({ milestone: 'in_transit', exception: 'delayed' })).status).toBe('orders.delayed');
    expect(getOrderLine(withStatus({ milestone: 'in_transit', exception: 'available_for_pickup' })).status).toBe(
      'headline.pickup',
    );
    expect(getOrderLine(withStatus({ milestone: 'in_transit', exception: 'lost' })).status).toBe('headline.attention');
  });

  it('leads with an open exchange, else an open return, as the order’s view does', () => {
    const base = sampleOrderResult() as Extract<LookupResult, { kind: 'order' }>;
    const { order } = base;
    const withRecords = (patch: Partial<typeof order>): LookupResult => ({
      ...base,
      order: { ...order, status: { milestone: 'delivered', exception: null }, ...patch },
    });
    const open = sampleReturn({ rma: 'RMA-1', stage: 'in_transit' });
    expect(getOrderLine(withRecords({ returns: [sampleReturn({ stage: 'refunded' }), open] }))).toEqual({
      number: 'W1001',
      status: 'return.stage.in_transit',
      record: { title: 'return.title', rma: 'RMA-1' },
      date: order.placedAt,
    });
    expect(
      getOrderLine(withRecords({ returns: [open], exchanges: [sampleExchange({ stage: 'replacement_shipped' })] })),
    ).toMatchObject({ status: 'exchange.stage.replacement_shipped', record: { title: 'exchange.title' } });
    // Ended records (refunded, delivered replacement, cancelled) leave the order's own status.
    const ended = withRecords({
      returns: [sampleReturn({ stage: 'refunded' }), sampleReturn({ stage: 'cancelled' })],
      exchanges: [sampleExchange({ stage: 'replacement_delivered' }), sampleExchange({ stage: 'rejected' })],
    });
    expect(getOrderLine(ended)).toEqual({ number: 'W1001', status: 'milestone.delivered', date: order.placedAt });
  });

  it('names a parcel by its tracking number', () => {
    const shipment = sampleShipment({ status: { ...sampleShipment().status, milestone: 'delivered' } });
    expect(getOrderLine({ kind: 'shipment', shipment } as LookupResult)).toMatchObject({
      number: shipment.trackingNumber,
      status: 'milestone.delivered',
    });
  });
});
