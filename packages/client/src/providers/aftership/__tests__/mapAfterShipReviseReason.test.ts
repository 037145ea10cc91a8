import { describe, expect, it } from 'vitest';
import { mapAfterShipReviseReason } from '../mapAfterShipReviseReason.js';

describe('mapAfterShipReviseReason', () => {
  it.each([
    ['extreme_weather', 'weather', 'Extreme weather'],
    ['customs_clearance', 'customs', 'Customs clearance'],
    ['incorrect_address', 'address_issue', 'Incorrect address'],
    ['carrier_delay', 'carrier_delay', 'Carrier delay'],
    ['model_update', 'recalculated', 'Model update'],
  ])('maps %s to a stable code with readable text', (reason, code, text) => {
    expect(mapAfterShipReviseReason(reason)).toEqual({ code, text });
  });

  it('answers unknown without a reason', () => {
    expect(mapAfterShipReviseReason(undefined)).toEqual({ code: 'unknown', text: '' });
  });
});
