import { describe, expect, it } from 'vitest';
import { mapAfterShipTag } from '../mapAfterShipTag.js';

describe('mapAfterShipTag', () => {
  it.each([
    ['Pending', undefined, 'label_created', null, false],
    ['Pending', 'Pending_004', 'label_created', 'unknown', false],
    ['InfoReceived', 'InfoReceived_001', 'label_created', null, false],
    ['OutForDelivery', undefined, 'out_for_delivery', null, false],
    ['AvailableForPickup', 'AvailableForPickup_001', 'out_for_delivery', 'available_for_pickup', true],
    ['Delivered', 'Delivered_002', 'delivered', null, false],
    ['Exception', 'Exception_004', null, 'delayed', false],
    ['Exception', 'Exception_011', null, 'returned_to_sender', false],
    ['Exception', 'Exception_013', null, 'lost', false],
    ['Exception', 'Exception_007', null, 'exception', true],
    ['Exception', 'Exception_003', null, 'exception', false],
    ['Expired', 'Expired_001', null, 'expired', false],
    ['SomethingNew', undefined, null, 'unknown', false],
  ])('maps %s/%s onto the two axes', (tag, subtag, milestone, exception, actionRequired) => {
    expect(mapAfterShipTag(tag, subtag)).toEqual({ milestone, exception, actionRequired });
  });
});
