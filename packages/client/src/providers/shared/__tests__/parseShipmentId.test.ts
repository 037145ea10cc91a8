import { describe, expect, it } from 'vitest';
import { createShipmentId } from '../createShipmentId.js';
import { parseShipmentId } from '../parseShipmentId.js';

describe('parseShipmentId', () => {
  it('reads back what createShipmentId made, including odd characters', () => {
    const id = createShipmentId('shippo', 'usps', '92 05:59/01');
    expect(parseShipmentId(id, 'shippo')).toEqual({
      provider: 'shippo',
      carrier: 'usps',
      trackingNumber: '92 05:59/01',
    });
  });

  it('reads an id without a carrier', () => {
    expect(parseShipmentId(createShipmentId('ship24', undefined, 'X1'), 'ship24')?.carrier).toBeUndefined();
  });

  it('refuses ids of another provider or of the wrong shape', () => {
    expect(parseShipmentId('aftership:ups:1Z', 'easypost')).toBeNull();
    expect(parseShipmentId('aftership:ups', 'aftership')).toBeNull();
    expect(parseShipmentId('aftership:ups:%E0%A4%A', 'aftership')).toBeNull();
    expect(parseShipmentId('aftership:ups:', 'aftership')).toBeNull();
  });
});
