import { describe, expect, it } from 'vitest';
import { mapShippoStatus } from '../mapShippoStatus.js';

describe('mapShippoStatus', () => {
  it.each([
    ['PRE_TRANSIT', 'information_received', 'label_created', null, false],
    ['TRANSIT', 'out_for_delivery', 'out_for_delivery', null, false],
    ['TRANSIT', 'delayed', 'in_transit', 'delayed', false],
    ['TRANSIT', 'pickup_available', 'out_for_delivery', 'available_for_pickup', true],
    ['TRANSIT', 'address_issue', 'in_transit', 'exception', true],
    ['FAILURE', 'package_lost', null, 'lost', false],
    ['FAILURE', 'package_undeliverable', null, 'exception', false],
    ['RETURNED', 'return_to_sender', null, 'returned_to_sender', false],
    ['NEW_STATUS', undefined, null, 'unknown', false],
  ])('maps %s/%s onto the two axes', (status, substatus, milestone, exception, actionRequired) => {
    expect(mapShippoStatus(status, substatus)).toEqual({ milestone, exception, actionRequired });
  });

  it('reads UNKNOWN with a history as a label created, without one as unknown', () => {
    expect(mapShippoStatus('UNKNOWN', undefined, { hasHistory: true }).exception).toBeNull();
    expect(mapShippoStatus('UNKNOWN').exception).toBe('unknown');
  });
});
