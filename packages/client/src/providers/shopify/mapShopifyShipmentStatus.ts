import type { MappedStatus } from '../shared/MappedStatus.js';

const byStatus = new Map(
  Object.entries<MappedStatus>({
    label_purchased: { milestone: 'label_created', exception: null, actionRequired: false },
    label_printed: { milestone: 'label_created', exception: null, actionRequired: false },
    confirmed: { milestone: 'label_created', exception: null, actionRequired: false },
    carrier_picked_up: { milestone: 'in_transit', exception: null, actionRequired: false },
    in_transit: { milestone: 'in_transit', exception: null, actionRequired: false },
    out_for_delivery: { milestone: 'out_for_delivery', exception: null, actionRequired: false },
    attempted_delivery: { milestone: 'out_for_delivery', exception: 'attempt_failed', actionRequired: false },
    ready_for_pickup: { milestone: 'out_for_delivery', exception: 'available_for_pickup', actionRequired: true },
    delayed: { milestone: null, exception: 'delayed', actionRequired: false },
    delivered: { milestone: 'delivered', exception: null, actionRequired: false },
    picked_up: { milestone: 'delivered', exception: null, actionRequired: false },
    failure: { milestone: null, exception: 'exception', actionRequired: false },
    buyer_action_required: { milestone: null, exception: 'exception', actionRequired: true },
    ready_for_recipient_pickup: {
      milestone: 'out_for_delivery',
      exception: 'available_for_pickup',
      actionRequired: true,
    },
    returning_to_sender: { milestone: null, exception: 'returned_to_sender', actionRequired: false },
  }),
);

/**
 * Translates a Shopify shipment status (REST `fulfillment.shipment_status`, `fulfillment_event.status`, or the
 * GraphQL `FulfillmentEventStatus` in upper case) onto a milestone and an exception. Unknown values map to
 * `exception: 'unknown'` with the milestone kept.
 *
 * @example mapShopifyShipmentStatus('attempted_delivery') // { milestone: 'out_for_delivery', exception: 'attempt_failed', … }
 * @example mapShopifyShipmentStatus('IN_TRANSIT') // { milestone: 'in_transit', exception: null, actionRequired: false }
 */
export function mapShopifyShipmentStatus(status: string): MappedStatus {
  return byStatus.get(status.toLowerCase()) ?? { milestone: null, exception: 'unknown', actionRequired: false };
}
