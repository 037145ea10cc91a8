import { describe, expect, it } from 'vitest';
import { mapShopifyShipmentStatus } from '../mapShopifyShipmentStatus.js';

describe('mapShopifyShipmentStatus', () => {
  it.each([
    ['label_purchased', 'label_created', null],
    ['label_printed', 'label_created', null],
    ['confirmed', 'label_created', null],
    ['carrier_picked_up', 'in_transit', null],
    ['in_transit', 'in_transit', null],
    ['out_for_delivery', 'out_for_delivery', null],
    ['attempted_delivery', 'out_for_delivery', 'attempt_failed'],
    ['ready_for_pickup', 'out_for_delivery', 'available_for_pickup'],
    ['delayed', null, 'delayed'],
    ['delivered', 'delivered', null],
    ['picked_up', 'delivered', null],
    ['failure', null, 'exception'],
    ['BUYER_ACTION_REQUIRED', null, 'exception'],
    ['READY_FOR_RECIPIENT_PICKUP', 'out_for_delivery', 'available_for_pickup'],
    ['RETURNING_TO_SENDER', null, 'returned_to_sender'],
  ])('maps %s onto %s and %s', (status, milestone, exception) => {
    expect(mapShopifyShipmentStatus(status)).toMatchObject({ milestone, exception });
  });

  it('reads the GraphQL upper-case enum like the REST value', () => {
    expect(mapShopifyShipmentStatus('OUT_FOR_DELIVERY')).toEqual(mapShopifyShipmentStatus('out_for_delivery'));
  });

  it('flags a value it does not know without moving the milestone', () => {
    expect(mapShopifyShipmentStatus('teleported')).toEqual({
      milestone: null,
      exception: 'unknown',
      actionRequired: false,
    });
  });
});
