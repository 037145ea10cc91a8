import { MILESTONES, type Milestone } from '../../model/Milestone.js';
import type { Order } from '../../model/Order.js';
import type { ShipmentException } from '../../model/ShipmentException.js';

// Most pressing first: what needs the shopper soonest, then what is merely informative.
const pressing: ShipmentException[] = [
  'lost',
  'returned_to_sender',
  'exception',
  'attempt_failed',
  'available_for_pickup',
  'delayed',
  'expired',
  'unknown',
  'cancelled',
];

/** What an order's status is computed from. */
export interface ShopifyOrderState {
  /** Progress and attention of each shipment that is not cancelled. */
  shipments: ReadonlyArray<{ milestone: Milestone; exception: ShipmentException | null }>;
  /** Where the items not in any shipment yet stand; `null` when every item shipped (or needs no shipping). */
  unshipped: Milestone | null;
  /** The order itself was cancelled (`cancelled_at`). */
  cancelled: boolean;
}

/**
 * An order's overall status: the least advanced of its shipments and its not-yet-shipped items (an order is only
 * as far along as its slowest part), and the most pressing exception among its shipments; `cancelled` when the
 * order was. An order with nothing to ship and no shipment is `delivered` (digital goods).
 *
 * @example getShopifyOrderStatus({ shipments: [{ milestone: 'delivered', exception: null }], unshipped: 'processing', cancelled: false })
 * // { milestone: 'processing', exception: null }
 */
export function getShopifyOrderStatus(state: ShopifyOrderState): Order['status'] {
  const milestones = [
    ...state.shipments.map((shipment) => shipment.milestone),
    ...(state.unshipped ? [state.unshipped] : []),
  ];
  const milestone =
    milestones.length === 0
      ? 'delivered'
      : (MILESTONES[Math.min(...milestones.map((step) => MILESTONES.indexOf(step)))] as Milestone);
  const exceptions = state.shipments.map((shipment) => shipment.exception);
  const exception = state.cancelled ? 'cancelled' : (pressing.find((flag) => exceptions.includes(flag)) ?? null);
  return { milestone, exception };
}
