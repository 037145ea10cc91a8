import { describe, expect, it } from 'vitest';
import { sampleOrderResult, sampleShipment } from '../../__tests__/sampleResult.js';
import { sampleReturn } from '../../__tests__/sampleReturns.js';
import { isSettledRecord } from '../isSettledRecord.js';

const delivered = sampleShipment({ status: { ...sampleShipment().status, milestone: 'delivered', exception: null } });

describe('isSettledRecord', () => {
  it('settles an order whose every item shipped in a delivered parcel, with nothing open', () => {
    const result = sampleOrderResult([delivered]);
    if (result.kind !== 'order') throw new Error('an order');
    const order = { ...result.order, items: result.order.items.slice(0, 1) };
    expect(isSettledRecord({ kind: 'order', order })).toBe(true);
  });

  it('keeps an order open while a parcel travels, an item waits to ship or a return is open', () => {
    const result = sampleOrderResult([delivered]);
    if (result.kind !== 'order') throw new Error('an order');
    const one = result.order.items.slice(0, 1);
    expect(
      isSettledRecord({ kind: 'order', order: { ...result.order, items: one, shipments: [sampleShipment()] } }),
    ).toBe(false);
    expect(isSettledRecord({ kind: 'order', order: result.order })).toBe(false);
    const open = { ...result.order, items: one, returns: [sampleReturn({ stage: 'requested' })] };
    expect(isSettledRecord({ kind: 'order', order: open })).toBe(false);
  });

  it('settles a parcel once delivered, and never a record without one', () => {
    expect(isSettledRecord({ kind: 'shipment', shipment: delivered })).toBe(true);
    expect(isSettledRecord({ kind: 'shipment', shipment: sampleShipment() })).toBe(false);
    expect(isSettledRecord({ kind: 'return', return: { ...sampleReturn(), shipment: null } })).toBe(false);
  });
});
